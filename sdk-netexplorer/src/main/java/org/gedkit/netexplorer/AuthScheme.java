package org.gedkit.netexplorer;

/** How the NetExplorer token is sent on each request. */
public enum AuthScheme {
  /** {@code Authorization: Bearer <token>} (API v2/v3; the default). */
  BEARER,
  /** {@code Token: <token>} (the v1 / 2015-era header). */
  TOKEN_HEADER
}
