/**
 * The HTTP transport shared by every adapter: requests ({@link org.gedkit.core.http.ApiRequest}),
 * replies ({@link org.gedkit.core.http.ApiResponse}), retries ({@link org.gedkit.core.http.RetryPolicy}),
 * redaction ({@link org.gedkit.core.http.Redactor}) and the transport itself
 * ({@link org.gedkit.core.http.HttpTransport}).
 */
package org.gedkit.core.http;
