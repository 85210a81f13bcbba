package org.gedkit.netexplorer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.auth.IssuedSession;
import org.gedkit.core.auth.SessionAuthorizer;
import org.gedkit.core.auth.SessionManager;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.AuthTarget;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.http.Sleeper;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.NetExplorerErrors;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.RouteContext;
import org.gedkit.netexplorer.internal.Routes;
import okhttp3.OkHttpClient;

/**
 * Entry point of the NetExplorer REST API ({@code https://<platform>/api}).
 *
 * <pre>{@code
 * try (NetExplorerClient nx = NetExplorerClient.builder()
 *     .baseUrl("https://acme.netexplorer.pro").credentials("smithj", password).build()) {
 *   User me = nx.account().get();
 * }
 * }</pre>
 *
 * <p>Thread-safe: share one client. It logs in lazily ({@code POST /auth}), sends the token as
 * {@code Authorization: Bearer} (or the legacy {@code Token} header, see {@link AuthScheme}), logs in again once
 * and replays the call when the server answers 401 (one login however many threads hit the expiry), and logs out
 * ({@code DELETE /auth}) on {@link #close()}. {@link #as(String)} gives a view acting on behalf of another user
 * through the {@code AsId} header, sharing the session and connection pool.
 */
public final class NetExplorerClient implements AutoCloseable {

  /** The back end name, as in {@link org.gedkit.core.error.GedkitException#backend()}. */
  public static final String BACKEND = "netexplorer";

  private final HttpTransport transport;
  private final SessionManager<String> sessions;
  private final Ctx ctx;
  private final boolean view;
  private final String asId;
  private final AccountApi account;
  private final RootsApi roots;
  private final FoldersApi folders;
  private final FilesApi files;
  private final UploadsApi uploads;
  private final DownloadsApi downloads;
  private final TrashApi trash;
  private final TokensApi tokens;

  private NetExplorerClient(HttpTransport transport, SessionManager<String> sessions, RouteContext routes, Clock clock,
      boolean view, String asId) {
    this.transport = transport;
    this.sessions = sessions;
    this.view = view;
    this.asId = asId;
    this.ctx = new Ctx(transport, routes, clock);
    this.account = new AccountApi(ctx);
    this.roots = new RootsApi(ctx);
    this.folders = new FoldersApi(ctx);
    this.files = new FilesApi(ctx);
    this.uploads = new UploadsApi(ctx);
    this.downloads = new DownloadsApi(ctx);
    this.trash = new TrashApi(ctx);
    this.tokens = new TokensApi(ctx);
  }

  /**
   * Starts a client.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The current account, its picture, password reset (seed "Compte", lines 363-378).
   *
   * @return the group; never null
   */
  public AccountApi account() {
    return account;
  }

  /**
   * Root listings ({@code /roots}, {@code /root/...}).
   *
   * @return the group; never null
   */
  public RootsApi roots() {
    return roots;
  }

  /**
   * Folders, search, path lookups and quotas (seed "Dossiers", lines 379-540, and sync helpers 941-957).
   *
   * @return the group; never null
   */
  public FoldersApi folders() {
    return folders;
  }

  /**
   * File metadata, versions, timeline, delete, previews (seed "Fichiers", lines 540-633).
   *
   * @return the group; never null
   */
  public FilesApi files() {
    return files;
  }

  /**
   * Simple, chunked and resumable uploads ({@code POST /file/upload}, {@code PUT /file/{id}/upload}).
   *
   * @return the group; never null
   */
  public UploadsApi uploads() {
    return uploads;
  }

  /**
   * Streamed downloads with Range resume and MD5 verification.
   *
   * @return the group; never null
   */
  public DownloadsApi downloads() {
    return downloads;
  }

  /**
   * The trash (seed "Corbeille", lines 641-654).
   *
   * @return the group; never null
   */
  public TrashApi trash() {
    return trash;
  }

  /**
   * Preview, edit and download tokens (seed "Tokens", lines 892-940).
   *
   * @return the group; never null
   */
  public TokensApi tokens() {
    return tokens;
  }

  /**
   * A view of this client acting on behalf of another user: every request carries {@code AsId: userId}. The view
   * shares the session and the connection pool; closing it does nothing (close the original client).
   *
   * @param userId the user id to act as
   * @return the view; never null
   * @throws InvalidArgumentException when userId is null or blank
   */
  public NetExplorerClient as(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new InvalidArgumentException("userId must not be null or blank", transport.details("as"));
    }
    return new NetExplorerClient(transport.withHeader("AsId", userId), sessions, ctx.routes(), ctx.clock(), true,
        userId);
  }

  /**
   * Logs in now ({@code POST /auth}) unless a session is already open; calls log in lazily anyway.
   *
   * @throws AuthenticationException when the credentials are refused
   */
  public void login() {
    sessions.current();
  }

  /**
   * How many times this client (and its views) logged in.
   *
   * @return the count
   */
  public long loginCount() {
    return sessions.loginCount();
  }

  /**
   * The transport (for advanced use: same pool, same session).
   *
   * @return the transport; never null
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * The portable view of this client: folders as containers, files as documents with their MD5 (see
   * {@code docs/portable.md}). Closing the store closes this client.
   *
   * @return a store over this client; never null
   */
  public org.gedkit.netexplorer.store.NetExplorerDocumentStore asDocumentStore() {
    return new org.gedkit.netexplorer.store.NetExplorerDocumentStore(this);
  }

  /**
   * Logs out ({@code DELETE /auth}) and forgets the token. Idempotent; safe while calls are in flight (they fail
   * with a clear error once closed). On a view from {@link #as(String)} this does nothing.
   */
  @Override
  public void close() {
    if (!view) {
      sessions.close();
    }
  }

  @Override
  public String toString() {
    return "NetExplorerClient[" + transport.baseUrl() + (asId == null ? "" : " as " + asId) + "]";
  }

  /** Builds a {@link NetExplorerClient}; not thread-safe; {@link #build()} validates. */
  public static final class Builder {
    private String baseUrl;
    private String basePath = "/api";
    private String user;
    private String password;
    private String token;
    private AuthScheme scheme = AuthScheme.BEARER;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper;
    private RetryPolicy retryPolicy;
    private OkHttpClient okHttpClient;
    private boolean allowLowConfidence;
    private boolean logoutOnClose = true;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The platform URL, e.g. {@code https://acme.netexplorer.pro} (the base path is added).
     *
     * @param url the URL
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    /**
     * The API base path added to the platform URL; {@code /api} by default, {@code ""} for none.
     *
     * @param path the path
     * @return this builder
     */
    public Builder basePath(String path) {
      this.basePath = path;
      return this;
    }

    /**
     * Log in with a login (or e-mail) and password ({@code POST /auth}).
     *
     * @param user the login or e-mail
     * @param password the password
     * @return this builder
     */
    public Builder credentials(String user, String password) {
      this.user = user;
      this.password = password;
      this.token = null;
      return this;
    }

    /**
     * Use an existing token (e.g. an OAuth2 access token). It is not renewed and not logged out on close.
     *
     * @param token the token
     * @return this builder
     */
    public Builder token(String token) {
      this.token = token;
      this.user = null;
      this.password = null;
      return this;
    }

    /**
     * How the token is sent; {@link AuthScheme#BEARER} by default.
     *
     * @param s the scheme
     * @return this builder
     */
    public Builder authScheme(AuthScheme s) {
      this.scheme = s;
      return this;
    }

    /**
     * The clock (tests inject a mutable one).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = c;
      return this;
    }

    /**
     * How retries wait (tests inject one that does not sleep).
     *
     * @param s the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper s) {
      this.sleeper = s;
      return this;
    }

    /**
     * The retry policy.
     *
     * @param p the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy p) {
      this.retryPolicy = p;
      return this;
    }

    /**
     * An OkHttp client to share (its pool and dispatcher are reused).
     *
     * @param c the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient c) {
      this.okHttpClient = c;
      return this;
    }

    /**
     * A header sent on every request.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(InvalidArgumentException.requireNonNull(name, "name", BACKEND), InvalidArgumentException.requireNonNull(value, "value", BACKEND));
      return this;
    }

    /**
     * Opt in to routes the route table rates low confidence (off by default; see docs, Decisions).
     *
     * @param allow whether to allow them
     * @return this builder
     */
    public Builder allowLowConfidenceRoutes(boolean allow) {
      this.allowLowConfidence = allow;
      return this;
    }

    /**
     * Whether {@link NetExplorerClient#close()} sends {@code DELETE /auth}; true by default.
     *
     * @param logout whether to log out
     * @return this builder
     */
    public Builder logoutOnClose(boolean logout) {
      this.logoutOnClose = logout;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client; never null
     * @throws InvalidArgumentException naming the missing or bad setting
     */
    public NetExplorerClient build() {
      ErrorDetails d = ErrorDetails.of("netexplorer", "build");
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new InvalidArgumentException("baseUrl must be set", d);
      }
      boolean hasPassword = user != null && password != null && !user.isBlank();
      boolean hasToken = token != null && !token.isBlank();
      if (!hasPassword && !hasToken) {
        throw new InvalidArgumentException("credentials(user, password) or token(token) must be set", d);
      }
      if (scheme == null) {
        throw new InvalidArgumentException("authScheme must not be null", d);
      }
      if (clock == null) {
        throw new InvalidArgumentException("clock must not be null", d);
      }
      RouteContext routes = new RouteContext(basePath, allowLowConfidence);
      HttpTransport.Builder tb = HttpTransport.builder("netexplorer").baseUrl(baseUrl)
          .errorDecoder(NetExplorerErrors.INSTANCE).clock(clock).mapper(NetExplorerJson.mapper())
          // the OAuth2 authorization code is a credential, sent as the form field "code"
          .redactor(org.gedkit.core.http.Redactor.defaults().withParameters("code"));
      if (sleeper != null) {
        tb.sleeper(sleeper);
      }
      if (retryPolicy != null) {
        tb.retryPolicy(retryPolicy);
      }
      if (okHttpClient != null) {
        tb.okHttpClient(okHttpClient);
      }
      // a POST whose connection drops is never sent again behind the caller's back: the core transport gives every
      // non-idempotent request a one-shot body, which OkHttp's retryOnConnectionFailure cannot replay
      headers.forEach(tb::defaultHeader);
      HttpTransport bare = tb.build();
      AuthScheme s = scheme;
      final String u = user;
      final String pw = password;
      final String fixed = token;
      SessionManager.Builder<String> sb;
      if (hasToken) {
        sb = SessionManager.builder("netexplorer", () -> IssuedSession.of(fixed));
      } else {
        sb = SessionManager.<String>builder("netexplorer", () -> IssuedSession.of(login(bare, routes, u, pw)));
        if (logoutOnClose) {
          sb.logout(tok -> bare.executeDiscarding(Routes.DELETE_AUTH.request(routes).authenticated(false)
              .header(headerName(s), headerValue(s, tok)).build()));
        }
      }
      SessionManager<String> sessions = sb.clock(clock).build();
      HttpTransport transport = bare.withAuthorizer(new SessionAuthorizer<>(sessions, (String tok, AuthTarget t) ->
          t.header(headerName(s), headerValue(s, tok))));
      return new NetExplorerClient(transport, sessions, routes, clock, false, null);
    }

    private static String login(HttpTransport bare, RouteContext routes, String user, String password) {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("user", user);
      body.put("password", password);
      ApiRequest req = Routes.POST_AUTH.request(routes).authenticated(false).jsonBody(body)
          .secretValue(password).build();
      JsonNode n = bare.execute(req, r -> r.jsonTree());
      JsonNode t = n == null ? null : n.get("token");
      if (t == null || !t.isValueNode() || t.asText().isBlank()) {
        throw new AuthenticationException("the login reply holds no token", bare.details(req.operation()), false);
      }
      return IssuedSession.requireHeaderSafe(t.asText(), "the login reply's token", bare.details(req.operation()));
    }

    private static String headerName(AuthScheme s) {
      return s == AuthScheme.BEARER ? "Authorization" : "Token";
    }

    private static String headerValue(AuthScheme s, String token) {
      return s == AuthScheme.BEARER ? "Bearer " + token : token;
    }

    @Override
    public String toString() {
      return "NetExplorerClient.Builder[" + baseUrl + ", user=" + user + ", password=" + (password == null ? null : "***")
          + ", token=" + (token == null ? null : "***") + "]";
    }
  }

  // ---- part 2 resource groups ----

  /**
   * Annotations of files and folders.
   *
   * @return the group; never null
   */
  public AnnotationsApi annotations() {
    return new AnnotationsApi(ctx);
  }

  /**
   * File locks.
   *
   * @return the group; never null
   */
  public LocksApi locks() {
    return new LocksApi(ctx);
  }

  /**
   * Access rights on folders.
   *
   * @return the group; never null
   */
  public RightsApi rights() {
    return new RightsApi(ctx);
  }

  /**
   * E-mail alerts on folders.
   *
   * @return the group; never null
   */
  public AlertsApi alerts() {
    return new AlertsApi(ctx);
  }

  /**
   * User accounts.
   *
   * @return the group; never null
   */
  public UsersApi users() {
    return new UsersApi(ctx);
  }

  /**
   * Invitations to folders.
   *
   * @return the group; never null
   */
  public InvitationsApi invitations() {
    return new InvitationsApi(ctx);
  }

  /**
   * Groups of users.
   *
   * @return the group; never null
   */
  public GroupsApi groups() {
    return new GroupsApi(ctx);
  }

  /**
   * Connection options of users and groups.
   *
   * @return the group; never null
   */
  public ConnectionOptionsApi connectionOptions() {
    return new ConnectionOptionsApi(ctx);
  }

  /**
   * Group delegates.
   *
   * @return the group; never null
   */
  public DelegatesApi delegates() {
    return new DelegatesApi(ctx);
  }

  /**
   * E-mail objects used by alerts and sendings.
   *
   * @return the group; never null
   */
  public EmailsApi emails() {
    return new EmailsApi(ctx);
  }

  /**
   * Share links, also called dlinks, and their e-mails.
   *
   * @return the group; never null
   */
  public SharelinksApi sharelinks() {
    return new SharelinksApi(ctx);
  }

  /**
   * Shares.
   *
   * @return the group; never null
   */
  public SharesApi shares() {
    return new SharesApi(ctx);
  }

  /**
   * Upload links.
   *
   * @return the group; never null
   */
  public UlinksApi ulinks() {
    return new UlinksApi(ctx);
  }

  /**
   * File templates.
   *
   * @return the group; never null
   */
  public TemplatesApi templates() {
    return new TemplatesApi(ctx);
  }

  /**
   * Platform configuration.
   *
   * @return the group; never null
   */
  public ConfigApi config() {
    return new ConfigApi(ctx);
  }

  /**
   * Workflow.
   *
   * @return the group; never null
   */
  public WorkflowApi workflow() {
    return new WorkflowApi(ctx);
  }

  /**
   * Electronic signature requests.
   *
   * @return the group; never null
   */
  public SignaturesApi signatures() {
    return new SignaturesApi(ctx);
  }

  /**
   * Logs and activity.
   *
   * @return the group; never null
   */
  public LogsApi logs() {
    return new LogsApi(ctx);
  }

  /**
   * Archived files and folders.
   *
   * @return the group; never null
   */
  public ArchivesApi archives() {
    return new ArchivesApi(ctx);
  }

  /**
   * Platform administration.
   *
   * @return the group; never null
   */
  public AdminApi admin() {
    return new AdminApi(ctx);
  }

  /**
   * OAuth2 applications and tokens.
   *
   * @return the group; never null
   */
  public OAuthApi oauth() {
    return new OAuthApi(ctx);
  }

  /**
   * Tags and tag categories.
   *
   * @return the group; never null
   */
  public TagsApi tags() {
    return new TagsApi(ctx);
  }

  /**
   * Identity providers such as LDAP or SAML.
   *
   * @return the group; never null
   */
  public IdentityProvidersApi identityProviders() {
    return new IdentityProvidersApi(ctx);
  }
}
