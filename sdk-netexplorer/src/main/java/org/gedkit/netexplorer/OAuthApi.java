package org.gedkit.netexplorer;

import java.net.URI;
import java.util.List;
import okhttp3.HttpUrl;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.model.OAuthApp;
import org.gedkit.netexplorer.model.OAuthToken;
import org.gedkit.netexplorer.model.OAuthTokenResponse;

/** OAuth2 applications and tokens (seed lines 958-1002; the token and authorize endpoints sit outside /api). Thread-safe. */
public final class OAuthApi {

  private final Ctx ctx;

  OAuthApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * The OAuth2 applications ({@code GET /oauth2/apps}; seed lines 958; high confidence).
   *
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<OAuthApp> apps() {
    return ctx.list(ctx.req(Routes.GET_OAUTH2_APPS).build(), OAuthApp.class);
  }

  /**
   * One application ({@code GET /oauth2/app/{clientId}}; seed lines 959-960; high confidence).
   *
   * @param clientId the client id
   * @return the OAuthApp; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public OAuthApp app(String clientId) {
    ctx.nonBlank(clientId, Routes.GET_OAUTH2_APP_CLIENTID, "clientId");
    return ctx.json(ctx.req(Routes.GET_OAUTH2_APP_CLIENTID, clientId).build(), OAuthApp.class);
  }

  /**
   * Downloads the icon of an application ({@code GET /oauth2/app/{clientId}/icon}; seed lines 961-962; high confidence).
   *
   * @param clientId the client id
   * @param target where the bytes go
   * @return what was downloaded; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public DownloadResult icon(String clientId, DownloadTarget target) {
    ctx.nonBlank(clientId, Routes.GET_OAUTH2_APP_CLIENTID_ICON, "clientId");
    ctx.nonNull(target, Routes.GET_OAUTH2_APP_CLIENTID_ICON, "target");
    return Downloads.download(ctx.transport(), ctx.req(Routes.GET_OAUTH2_APP_CLIENTID_ICON, clientId).build(), target, DownloadOptions.defaults());
  }

  /**
   * The current user's OAuth2 tokens ({@code GET /oauth2/user/tokens}; seed lines 963; medium confidence).
   *
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<OAuthToken> userTokens() {
    return ctx.list(ctx.req(Routes.GET_OAUTH2_USER_TOKENS).build(), OAuthToken.class);
  }

  /**
   * The tokens of an application ({@code GET /oauth2/app/{clientId}/tokens}; seed lines 964-965; high confidence).
   *
   * @param clientId the client id
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<OAuthToken> appTokens(String clientId) {
    ctx.nonBlank(clientId, Routes.GET_OAUTH2_APP_CLIENTID_TOKENS, "clientId");
    return ctx.list(ctx.req(Routes.GET_OAUTH2_APP_CLIENTID_TOKENS, clientId).build(), OAuthToken.class);
  }

  /**
   * Creates an application (type 0 client-server, 1 server-server); the reply holds the client secret ({@code POST /oauth2/app}; seed lines 966-990; high confidence).
   *
   * @param name the name
   * @param type 0 client-server, 1 server-server
   * @param changes the fields to set
   * @return the OAuthApp; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public OAuthApp createApp(String name, int type, OAuthAppChanges changes) {
    ctx.nonBlank(name, Routes.POST_OAUTH2_APP, "name");
    ctx.nonNull(changes, Routes.POST_OAUTH2_APP, "changes");
    ctx.check(type == 0 || type == 1, Routes.POST_OAUTH2_APP, "type must be 0 or 1, was " + type);
    return ctx.json(ctx.req(Routes.POST_OAUTH2_APP)
        .jsonBody(Wire.merge(Wire.obj("name", name, "type", type), changes.toWire())).build(), OAuthApp.class);
  }

  /**
   * Calls the OAuth2 token endpoint (outside /api; form body; no bearer token sent) ({@code POST /oauth2/token}; seed lines 966-990 (scopes); medium confidence).
   *
   * @param request the request
   * @return the OAuthTokenResponse; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public OAuthTokenResponse token(OAuthTokenRequest request) {
    ctx.nonNull(request, Routes.POST_OAUTH2_TOKEN, "request");
    ctx.check(request.toWire().containsKey("grant_type"), Routes.POST_OAUTH2_TOKEN, "request must set grantType");
    return ctx.json(ctx.req(Routes.POST_OAUTH2_TOKEN)
        .formBody(request.toWire())
        .authenticated(false).build(), OAuthTokenResponse.class);
  }

  /**
   * Resets the client secret; every token of the application becomes invalid ({@code POST /oauth2/app/{clientId}/reset}; seed lines 991-993; high confidence).
   *
   * @param clientId the client id
   * @return the OAuthApp; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public OAuthApp resetSecret(String clientId) {
    ctx.nonBlank(clientId, Routes.POST_OAUTH2_APP_CLIENTID_RESET, "clientId");
    return ctx.json(ctx.req(Routes.POST_OAUTH2_APP_CLIENTID_RESET, clientId).build(), OAuthApp.class);
  }

  /**
   * Updates an application ({@code PUT /oauth2/app/{clientId}}; seed lines 994-995; high confidence).
   *
   * @param clientId the client id
   * @param changes the fields to set
   * @return the OAuthApp; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public OAuthApp updateApp(String clientId, OAuthAppChanges changes) {
    ctx.nonBlank(clientId, Routes.PUT_OAUTH2_APP_CLIENTID, "clientId");
    ctx.nonNull(changes, Routes.PUT_OAUTH2_APP_CLIENTID, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_OAUTH2_APP_CLIENTID, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_OAUTH2_APP_CLIENTID, clientId)
        .jsonBody(changes.toWire()).build(), OAuthApp.class);
  }

  /**
   * Deletes an application and invalidates its tokens ({@code DELETE /oauth2/app/{clientId}}; seed lines 996-998; high confidence).
   *
   * @param clientId the client id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void deleteApp(String clientId) {
    ctx.nonBlank(clientId, Routes.DELETE_OAUTH2_APP_CLIENTID, "clientId");
    ctx.ok(ctx.req(Routes.DELETE_OAUTH2_APP_CLIENTID, clientId).build());
  }

  /**
   * Revokes a token of an application ({@code DELETE /oauth2/app/{token}/revoke}; seed lines 999-1000; high confidence).
   *
   * @param token the application token to revoke
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void revokeAppToken(String token) {
    ctx.nonBlank(token, Routes.DELETE_OAUTH2_APP_TOKEN_REVOKE, "token");
    ctx.ok(ctx.req(Routes.DELETE_OAUTH2_APP_TOKEN_REVOKE, token).build());
  }

  /**
   * Revokes a token of the current user ({@code DELETE /oauth2/user/{token}/revoke}; seed lines 1001-1002; high confidence).
   *
   * @param token the user token to revoke
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void revokeUserToken(String token) {
    ctx.nonBlank(token, Routes.DELETE_OAUTH2_USER_TOKEN_REVOKE, "token");
    ctx.ok(ctx.req(Routes.DELETE_OAUTH2_USER_TOKEN_REVOKE, token).build());
  }

  /**
   * The URL of the consent page to open in a browser (outside /api; standard OAuth2 query: response_type=code, client_id, redirect_uri, scope, state); nothing is sent ({@code GET /oauth2/authorize}; no seed text, route from the listing; medium confidence).
   *
   * @param clientId the client id
   * @param redirectUri the redirect uri
   * @param scope space-separated scopes; may be null
   * @param state an opaque value echoed to the redirect URI; may be null
   * @return the absolute URL; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public URI authorizationUrl(String clientId, String redirectUri, String scope, String state) {
    ctx.nonBlank(clientId, Routes.GET_OAUTH2_AUTHORIZE, "clientId");
    ctx.nonBlank(redirectUri, Routes.GET_OAUTH2_AUTHORIZE, "redirectUri");
    HttpUrl.Builder u = ctx.transport().baseUrl().newBuilder();
    for (String s : Routes.GET_OAUTH2_AUTHORIZE.template().split("/")) {
      if (!s.isEmpty()) {
        u.addPathSegment(s);
      }
    }
    u.addQueryParameter("response_type", "code");
    if (clientId != null) {
      u.addQueryParameter("client_id", clientId);
    }
    if (redirectUri != null) {
      u.addQueryParameter("redirect_uri", redirectUri);
    }
    if (scope != null) {
      u.addQueryParameter("scope", scope);
    }
    if (state != null) {
      u.addQueryParameter("state", state);
    }
    return u.build().uri();
  }
}
