/**
 * Credentials and sessions: {@link org.gedkit.core.auth.Credentials} (never printed),
 * {@link org.gedkit.core.auth.SessionManager} (lazy, single-flight login, renewal, keep-alive, logout)
 * and {@link org.gedkit.core.auth.SessionAuthorizer} (puts the session on each request).
 */
package org.gedkit.core.auth;
