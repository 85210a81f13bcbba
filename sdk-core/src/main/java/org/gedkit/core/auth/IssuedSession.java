package org.gedkit.core.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.ProtocolException;

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
   * Checks a token that a server issued before the client keeps it: it is sent back in an HTTP header, where
   * only visible ASCII, space and tab may appear. A token with a line break, a control character or non-ASCII
   * text (or a blank one) is a malformed login reply: it fails here, typed, instead of failing every later
   * request while the client tries to put it in a header. The token never appears in the message.
   *
   * @param token the token the server sent; may be null
   * @param what what the token is, for the message, e.g. {@code "the wstoken reply's token"}
   * @param details where the reply came from
   * @return the token, unchanged
   * @throws ProtocolException when the token is null, blank or cannot travel in a header
   */
  public static String requireHeaderSafe(String token, String what, ErrorDetails details) {
    if (token == null || token.isBlank()) {
      throw new ProtocolException(what + " is missing or blank", details);
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw new ProtocolException(what + " holds a character that cannot be sent in an HTTP header (U+"
            + String.format(java.util.Locale.ROOT, "%04X", (int) c) + " at " + i + ")", details);
      }
    }
    return token;
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
