package org.gedkit.core.error;

/**
 * The credentials were refused, or the session or token is no longer valid (HTTP 401 and the vendors'
 * equivalents).
 *
 * <p>When {@link #sessionExpired()} is true the transport renews the session once and replays the call;
 * the exception only reaches the caller when that did not help.
 */
public class AuthenticationException extends GedkitException {

  private final boolean sessionExpired;

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   * @param sessionExpired true when a session that used to work has expired (renewing may help)
   */
  public AuthenticationException(String message, ErrorDetails details, boolean sessionExpired) {
    super(message, details, false, null);
    this.sessionExpired = sessionExpired;
  }

  /**
   * Whether a session that used to be valid has expired, as opposed to credentials being refused.
   *
   * @return true when renewing the session may help
   */
  public boolean sessionExpired() {
    return sessionExpired;
  }
}
