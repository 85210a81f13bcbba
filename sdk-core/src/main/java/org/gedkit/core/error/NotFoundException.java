package org.gedkit.core.error;

/**
 * The object named does not exist or is no longer there (HTTP 404, 410 and the vendors' equivalents).
 */
public class NotFoundException extends GedkitException {

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   */
  public NotFoundException(String message, ErrorDetails details) {
    super(message, details, false, null);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   * @param retryable whether the same call may succeed if tried again
   * @param cause the underlying cause, or null
   */
  public NotFoundException(String message, ErrorDetails details, boolean retryable, Throwable cause) {
    super(message, details, retryable, cause);
  }
}
