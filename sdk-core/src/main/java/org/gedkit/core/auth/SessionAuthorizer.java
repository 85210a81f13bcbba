package org.gedkit.core.auth;

import java.util.Objects;
import java.util.function.BiConsumer;
import org.gedkit.core.http.AuthTarget;
import org.gedkit.core.http.RequestAuthorizer;

/**
 * A {@link RequestAuthorizer} backed by a {@link SessionManager}: puts the current session on each
 * request with the adapter's {@code applier}, and renews it once (single flight) when the server says
 * it expired. Thread-safe.
 *
 * @param <S> the session type
 */
public final class SessionAuthorizer<S> implements RequestAuthorizer {

  private final SessionManager<S> sessions;
  private final BiConsumer<S, AuthTarget> applier;

  /**
   * Creates the authorizer.
   *
   * @param sessions the session manager
   * @param applier puts a session on a request (a header, a query parameter...)
   */
  public SessionAuthorizer(SessionManager<S> sessions, BiConsumer<S, AuthTarget> applier) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.applier = Objects.requireNonNull(applier, "applier");
  }

  @Override
  public Object authorize(AuthTarget target) {
    S s = sessions.current();
    applier.accept(s, target);
    return s;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void sessionExpired(Object stamp) {
    sessions.invalidate((S) stamp);
  }

  /**
   * The session manager behind this authorizer.
   *
   * @return the manager; never null
   */
  public SessionManager<S> sessions() {
    return sessions;
  }

  @Override
  public String toString() {
    return "SessionAuthorizer[" + sessions + "]";
  }
}
