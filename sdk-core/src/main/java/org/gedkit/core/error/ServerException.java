package org.gedkit.core.error;

/**
 * The server failed (HTTP 5xx or a vendor error that says so); {@link #isRetryable()} tells whether another try may help.
 */
public class ServerException extends GedkitException {

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   */
  public ServerException(String message, ErrorDetails details) {
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
  public ServerException(String message, ErrorDetails details, boolean retryable, Throwable cause) {
    super(message, details, retryable, cause);
  }
}
