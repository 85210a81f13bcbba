package org.gedkit.parapheur;

/**
 * How a {@link ParapheurClient} authenticates with a user name and password.
 */
public enum AuthMode {
  /**
   * HTTP Basic on every call: what Maarch Parapheur REST users (the {@code isRest} accounts meant for
   * programs) must use. The default.
   */
  BASIC,
  /**
   * The web-user token flow: {@code POST /rest/authenticate} gives a JWT ({@code Token} header) and a
   * refresh token ({@code Refresh-Token} header); calls carry {@code Authorization: Bearer}; an expired
   * token is refreshed with {@code GET /rest/authenticate/token}, then by logging in again. REST users
   * are refused this flow by the server (403 "Authentication unauthorized").
   */
  TOKEN
}
