package org.gedkit.core.http;

/**
 * Puts credentials on each authenticated request, and renews them when the server says they expired.
 *
 * <p>The transport calls {@link #authorize(AuthTarget)} before every attempt of an authenticated
 * request; when the reply is an {@code AuthenticationException} marked {@code sessionExpired}, it calls
 * {@link #sessionExpired(Object)} with the stamp that attempt used and replays the call once.
 * Implementations must be thread-safe; {@code org.gedkit.core.auth.SessionAuthorizer} is the usual one.
 */
public interface RequestAuthorizer {

  /**
   * Adds credentials to the request, logging in first if needed.
   *
   * @param target where to put them
   * @return an opaque stamp naming the session used (given back to {@link #sessionExpired(Object)})
   */
  Object authorize(AuthTarget target);

  /**
   * Tells that the session named by {@code stamp} was refused as expired; the next
   * {@link #authorize(AuthTarget)} must use a fresh one (logging in once for all threads).
   *
   * @param stamp the stamp returned by {@link #authorize(AuthTarget)}
   */
  void sessionExpired(Object stamp);

  /**
   * An authorizer that adds nothing.
   *
   * @return the authorizer; never null
   */
  static RequestAuthorizer none() {
    return new RequestAuthorizer() {
      @Override
      public Object authorize(AuthTarget target) {
        return null;
      }

      @Override
      public void sessionExpired(Object stamp) {
        // nothing to renew
      }
    };
  }
}
