package org.gedkit.core.error;

/**
 * An argument is invalid. Thrown before anything is sent when the SDK can tell (the message names the argument), or when the server rejects the request as malformed (HTTP 400, 422; the status is then set).
 */
public class InvalidArgumentException extends GedkitException {

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   */
  public InvalidArgumentException(String message, ErrorDetails details) {
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
  public InvalidArgumentException(String message, ErrorDetails details, boolean retryable, Throwable cause) {
    super(message, details, retryable, cause);
  }
}
