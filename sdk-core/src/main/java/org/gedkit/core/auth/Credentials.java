package org.gedkit.core.auth;

import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * What a client logs in with: a user name and password, or a ready-made token. Immutable;
 * {@link #toString()} never shows the secret.
 */
public final class Credentials {

  /** The kinds of credentials. */
  public enum Kind {
    /** A user name and a password. */
    PASSWORD,
    /** A token obtained elsewhere. */
    TOKEN
  }

  private final Kind kind;
  private final String user;
  private final String secret;

  private Credentials(Kind kind, String user, String secret) {
    this.kind = kind;
    this.user = user;
    this.secret = secret;
  }

  /**
   * A user name and password.
   *
   * @param user the user name; not blank
   * @param password the password; not null (may be empty)
   * @return the credentials; never null
   * @throws InvalidArgumentException when the user is blank or the password null
   */
  public static Credentials password(String user, String password) {
    if (user == null || user.isBlank()) {
      throw invalid("user must not be blank");
    }
    if (password == null) {
      throw invalid("password must not be null");
    }
    return new Credentials(Kind.PASSWORD, user, password);
  }

  /**
   * A ready-made token.
   *
   * @param token the token; not blank
   * @return the credentials; never null
   * @throws InvalidArgumentException when the token is blank
   */
  public static Credentials token(String token) {
    if (token == null || token.isBlank()) {
      throw invalid("token must not be blank");
    }
    return new Credentials(Kind.TOKEN, null, token);
  }

  private static InvalidArgumentException invalid(String message) {
    return new InvalidArgumentException(message, ErrorDetails.of("core", "credentials"));
  }

  /**
   * The kind.
   *
   * @return the kind; never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The user name, for password credentials.
   *
   * @return the user; never null
   */
  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /**
   * The password (for {@link Kind#PASSWORD}) or the token (for {@link Kind#TOKEN}). Handle with care:
   * never log it.
   *
   * @return the secret; never null
   */
  public String secret() {
    return secret;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Credentials c && c.kind == kind && Objects.equals(c.user, user) && c.secret.equals(secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, user, secret);
  }

  @Override
  public String toString() {
    return kind == Kind.PASSWORD ? "Credentials[user=" + user + ", password=***]" : "Credentials[token=***]";
  }
}
