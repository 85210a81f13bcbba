/**
 * Qorus wire details users must not depend on: the one call builder, error decoding, YAML.
 */
package org.gedkit.qorus.internal;
