package org.gedkit.ezged;

import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ErrorDetails;

/**
 * EzGED refused a login because the maximum number of sessions is reached ({@code errorcode -18}).
 *
 * <p>Renewing the session cannot help: log out elsewhere (or close other clients) or wait for idle sessions to
 * expire (60 s), then try again. {@link #sessionExpired()} is false so the transport never replays the call.
 */
public final class EzGedSessionLimitException extends AuthenticationException {

  /**
   * Creates the exception.
   *
   * @param message the vendor message or a description
   * @param details the error context, with vendor code {@code -18}
   */
  public EzGedSessionLimitException(String message, ErrorDetails details) {
    super("the maximum number of EzGED sessions is reached: " + message, details, false);
  }
}
