package org.gedkit.core.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A session (or token) returned by a login, with its expiry when the back end says it.
 * {@link #toString()} never shows the session value.
 *
 * @param <S> the session type (a token string, a session id, a richer record)
 */
public final class IssuedSession<S> {

  private final S value;
  private final Instant expiresAt;

  private IssuedSession(S value, Instant expiresAt) {
    this.value = Objects.requireNonNull(value, "value");
    this.expiresAt = expiresAt;
  }

  /**
   * A session with no known expiry (it expires when the server says so).
   *
   * @param value the session
   * @param <S> the session type
   * @return the issued session; never null
   */
  public static <S> IssuedSession<S> of(S value) {
    return new IssuedSession<>(value, null);
  }

  /**
   * A session that expires at a known instant.
   *
   * @param value the session
   * @param expiresAt when it expires
   * @param <S> the session type
   * @return the issued session; never null
   */
  public static <S> IssuedSession<S> expiringAt(S value, Instant expiresAt) {
    return new IssuedSession<>(value, Objects.requireNonNull(expiresAt, "expiresAt"));
  }

  /**
   * The session.
   *
   * @return the session; never null
   */
  public S value() {
    return value;
  }

  /**
   * When it expires, if known.
   *
   * @return the instant; never null
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  @Override
  public String toString() {
    return "IssuedSession[value=***" + (expiresAt == null ? "" : ", expiresAt=" + expiresAt) + "]";
  }
}
