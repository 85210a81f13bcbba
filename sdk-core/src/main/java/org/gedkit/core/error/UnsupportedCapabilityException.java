package org.gedkit.core.error;

/**
 * The back end does not offer what was asked (e.g. upload on a read-only store); nothing was sent.
 */
public class UnsupportedCapabilityException extends GedkitException {

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   */
  public UnsupportedCapabilityException(String message, ErrorDetails details) {
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
  public UnsupportedCapabilityException(String message, ErrorDetails details, boolean retryable, Throwable cause) {
    super(message, details, retryable, cause);
  }
}
