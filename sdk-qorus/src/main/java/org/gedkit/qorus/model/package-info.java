/**
 * The typed replies of the Qorus REST API v2: immutable records with Java-style names mapped to the wire
 * keys, Qorus date-times as {@link java.time.OffsetDateTime}, unknown keys kept in {@code extra()}.
 */
package org.gedkit.qorus.model;
