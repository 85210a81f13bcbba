package org.gedkit.core.error;

/**
 * No usable reply was received: connection refused or reset, timeout, a body cut short. Retryable unless the request may have changed state on the server.
 */
public class TransportException extends GedkitException {

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   */
  public TransportException(String message, ErrorDetails details) {
    super(message, details, true, null);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   * @param retryable whether the same call may succeed if tried again
   * @param cause the underlying cause, or null
   */
  public TransportException(String message, ErrorDetails details, boolean retryable, Throwable cause) {
    super(message, details, retryable, cause);
  }
}
