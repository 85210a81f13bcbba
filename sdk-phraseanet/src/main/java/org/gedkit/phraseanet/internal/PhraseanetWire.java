package org.gedkit.phraseanet.internal;

import org.gedkit.core.http.AuthTarget;
import org.gedkit.core.http.RequestAuthorizer;

/** Transport-level wire rules of the Phraseanet API: token placement and Accept (paths end with {@code /} through ApiRequest). */
public final class PhraseanetWire {

  /** The query parameter carrying the OAuth2 access token. */
  public static final String TOKEN_PARAMETER = "oauth_token";
  /** What the official SDK sends as {@code Accept} (the server would answer YAML to a YAML Accept). */
  public static final String ACCEPT = "application/json";

  private PhraseanetWire() {}

  /**
   * An authorizer putting a fixed access token in the {@code oauth_token} query parameter.
   *
   * @param token the token
   * @return the authorizer; never null
   */
  public static RequestAuthorizer tokenAuthorizer(String token) {
    return new RequestAuthorizer() {
      @Override
      public Object authorize(AuthTarget target) {
        target.queryParameter(TOKEN_PARAMETER, token);
        return null;
      }

      @Override
      public void sessionExpired(Object stamp) {
        // a static OAuth token cannot be renewed here
      }

      @Override
      public String toString() {
        return "oauth_token=***";
      }
    };
  }
}
