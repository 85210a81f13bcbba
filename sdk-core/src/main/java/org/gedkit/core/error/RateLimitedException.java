package org.gedkit.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * The server asks the client to slow down (HTTP 429, or 503 with {@code Retry-After}). Always retryable;
 * {@link #retryAfter()} says how long the server asked to wait.
 */
public class RateLimitedException extends GedkitException {

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param details the context of the failed call
   * @param retryAfter the wait the server asked for, or null when it gave none
   */
  public RateLimitedException(String message, ErrorDetails details, Duration retryAfter) {
    super(message, details, true, null);
    this.retryAfter = retryAfter;
  }

  /**
   * The wait the server asked for in {@code Retry-After}.
   *
   * @return the wait; never null
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
