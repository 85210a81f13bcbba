package org.gedkit.core.error;

/**
 * The request conflicts with the object's state: a duplicate key, a lock, a version clash (HTTP 409, 412, 423 and the vendors' equivalents).
 */
public class ConflictException extends GedkitException {

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   */
  public ConflictException(String message, ErrorDetails details) {
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
  public ConflictException(String message, ErrorDetails details, boolean retryable, Throwable cause) {
    super(message, details, retryable, cause);
  }
}
