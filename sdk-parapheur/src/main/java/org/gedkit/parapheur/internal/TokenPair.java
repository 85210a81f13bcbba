package org.gedkit.parapheur.internal;

import java.util.Objects;

/**
 * A web-user JWT and the refresh token issued with it. {@link #toString()} hides both.
 *
 * @param token the JWT sent as {@code Authorization: Bearer}
 * @param refreshToken the refresh token, or null when none was issued
 */
public record TokenPair(String token, String refreshToken) {

  /**
   * Checks the token.
   *
   * @param token see the record description
   * @param refreshToken see the record description
   */
  public TokenPair {
    Objects.requireNonNull(token, "token");
  }

  @Override
  public String toString() {
    return "TokenPair[token=***, refreshToken=" + (refreshToken == null ? "none" : "***") + "]";
  }
}
