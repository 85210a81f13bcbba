package org.gedkit.parapheur;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.auth.SessionAuthorizer;
import org.gedkit.core.auth.SessionManager;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.AuthTarget;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.http.RequestAuthorizer;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.http.Sleeper;
import org.gedkit.parapheur.internal.ParapheurErrorDecoder;
import org.gedkit.parapheur.internal.TokenLogin;
import org.gedkit.parapheur.internal.TokenPair;

/**
 * The entry point to a Maarch Parapheur server.
 *
 * <pre>{@code
 * try (ParapheurClient client = ParapheurClient.builder()
 *     .baseUrl("https://parapheur.example.org")
 *     .credentials(Credentials.password("rest-user", "secret"))
 *     .build()) {
 *   List<HistoryEntry> history = client.documents().history(250);
 * }
 * }</pre>
 *
 * <p>By default every call carries HTTP Basic credentials (what REST users need). With
 * {@link Builder#authMode(AuthMode) authMode(TOKEN)} the client logs in lazily with the web-user token
 * flow, shares one JWT among all threads, refreshes it before it expires and once more when the server
 * refuses it. A {@link Credentials#token(String) ready-made token} is sent as {@code Bearer} as is.
 *
 * <p>Thread-safe; build one client per server and share it. {@link #close()} forgets the tokens
 * and refuses later calls
 * (Maarch Parapheur has no logout call: JWTs are stateless); it is idempotent.
 */
public final class ParapheurClient implements AutoCloseable {

  /** The back end name used in errors and logs. */
  public static final String BACKEND = "parapheur";

  private final HttpTransport transport;
  private final SessionManager<TokenPair> sessions;
  private final DocumentsApi documents;
  private final AuthMode authMode;
  private final Builder origin;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private ParapheurClient(Builder b) {
    this.origin = b.copy();
    boolean bearerToken = b.credentials.kind() == Credentials.Kind.TOKEN;
    this.authMode = bearerToken ? AuthMode.TOKEN : b.authMode;
    HttpTransport.Builder tb = HttpTransport.builder(BACKEND)
        .baseUrl(b.baseUrl)
        .clock(b.clock)
        .sleeper(b.sleeper)
        .retryPolicy(b.retryPolicy)
        .errorDecoder(new ParapheurErrorDecoder(authMode == AuthMode.TOKEN && !bearerToken));
    if (b.okHttpClient != null) {
      tb.okHttpClient(b.okHttpClient);
    }
    if (b.readTimeout != null) {
      tb.readTimeout(b.readTimeout);
    }
    HttpTransport base = tb.build();
    if (bearerToken) {
      String header = "Bearer " + b.credentials.secret();
      this.sessions = null;
      this.transport = base.withAuthorizer(fixedHeader(header));
    } else if (authMode == AuthMode.BASIC) {
      String header = okhttp3.Credentials.basic(b.credentials.user().orElseThrow(), b.credentials.secret(),
          StandardCharsets.UTF_8);
      this.sessions = null;
      this.transport = base.withAuthorizer(fixedHeader(header));
    } else {
      TokenLogin login = new TokenLogin(base, b.credentials, b.clock);
      this.sessions = SessionManager.builder(BACKEND, login::login).clock(b.clock).build();
      this.transport = base.withAuthorizer(new SessionAuthorizer<>(sessions,
          (TokenPair s, AuthTarget t) -> t.header("Authorization", "Bearer " + s.token())));
    }
    this.documents = new DocumentsApi(transport, b.serverZone);
  }

  private RequestAuthorizer fixedHeader(String value) {
    return new RequestAuthorizer() {
      @Override
      public Object authorize(AuthTarget target) {
        if (closed.get()) {
          throw new InvalidArgumentException("the client is closed", ErrorDetails.of(BACKEND, "session"));
        }
        target.header("Authorization", value);
        return null;
      }

      @Override
      public void sessionExpired(Object stamp) {
        // fixed credentials: nothing to renew
      }

      @Override
      public String toString() {
        return "Authorization[***]";
      }
    };
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
   * A builder holding this client's settings, to derive another client.
   *
   * @return a builder; never null
   */
  public Builder toBuilder() {
    return origin.copy();
  }

  /**
   * The document calls: history and proof.
   *
   * @return the calls; never null
   */
  public DocumentsApi documents() {
    return documents;
  }

  /**
   * The portable view of this client: documents by id as a {@link org.gedkit.core.store.DocumentStore}
   * (history as metadata, the signed document as content; see {@code docs/portable.md}). Closing the store
   * closes this client.
   *
   * @return a store over this client; never null
   */
  public org.gedkit.parapheur.store.ParapheurDocumentStore asDocumentStore() {
    return new org.gedkit.parapheur.store.ParapheurDocumentStore(this);
  }

  /**
   * How this client authenticates.
   *
   * @return the mode; never null
   */
  public AuthMode authMode() {
    return authMode;
  }

  /**
   * How many times this client logged in or refreshed its token (always 0 with HTTP Basic).
   *
   * @return the count
   */
  public long loginCount() {
    return sessions == null ? 0 : sessions.loginCount();
  }

  /**
   * The transport, for calls this SDK does not wrap yet.
   *
   * @return the transport; never null
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * Forgets the credentials and tokens. Idempotent; calls in flight finish, later calls fail with
   * {@link InvalidArgumentException} before anything is sent.
   */
  @Override
  public void close() {
    closed.set(true);
    if (sessions != null) {
      sessions.close();
    }
  }

  @Override
  public String toString() {
    return "ParapheurClient[" + transport.redactor().redact(transport.baseUrl()) + ", " + authMode + "]";
  }

  /** Builds a {@link ParapheurClient}; not thread-safe. */
  public static final class Builder {
    private String baseUrl;
    private Credentials credentials;
    private AuthMode authMode = AuthMode.BASIC;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient okHttpClient;
    private Duration readTimeout;
    private ZoneId serverZone = ZoneOffset.UTC;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.baseUrl = baseUrl;
      b.credentials = credentials;
      b.authMode = authMode;
      b.clock = clock;
      b.sleeper = sleeper;
      b.retryPolicy = retryPolicy;
      b.okHttpClient = okHttpClient;
      b.readTimeout = readTimeout;
      b.serverZone = serverZone;
      return b;
    }

    /**
     * Sets the server's root URL (the one that serves {@code /rest/...}), e.g.
     * {@code https://parapheur.example.org} or {@code https://host/maarch-parapheur}.
     *
     * @param url an http or https URL
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    /**
     * Sets the credentials: a user name and password ({@link Credentials#password}), used as HTTP Basic or
     * for the token flow depending on {@link #authMode(AuthMode)}, or a JWT obtained elsewhere
     * ({@link Credentials#token}), sent as {@code Bearer} and never renewed.
     *
     * @param c the credentials
     * @return this builder
     */
    public Builder credentials(Credentials c) {
      this.credentials = InvalidArgumentException.requireNonNull(c, "credentials", BACKEND);
      return this;
    }

    /**
     * Sets how a user name and password are used ({@link AuthMode#BASIC} by default).
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder authMode(AuthMode mode) {
      this.authMode = InvalidArgumentException.requireNonNull(mode, "authMode", BACKEND);
      return this;
    }

    /**
     * Sets the zone in which dates without an offset ({@code 19-03-2020 15:50}, sent by 20.03 servers)
     * are read: the server's PHP time zone. UTC by default.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder serverZone(ZoneId zone) {
      this.serverZone = InvalidArgumentException.requireNonNull(zone, "serverZone", BACKEND);
      return this;
    }

    /**
     * Sets the clock token expiry is checked on (tests inject one).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = InvalidArgumentException.requireNonNull(c, "clock", BACKEND);
      return this;
    }

    /**
     * Sets the sleeper used between retries (tests inject one that does not sleep).
     *
     * @param s the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper s) {
      this.sleeper = InvalidArgumentException.requireNonNull(s, "sleeper", BACKEND);
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param p the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy p) {
      this.retryPolicy = InvalidArgumentException.requireNonNull(p, "retryPolicy", BACKEND);
      return this;
    }

    /**
     * Uses the caller's OkHttp client (its pool is shared).
     *
     * @param c the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient c) {
      this.okHttpClient = InvalidArgumentException.requireNonNull(c, "okHttpClient", BACKEND);
      return this;
    }

    /**
     * Sets the read timeout (between two bytes).
     *
     * @param d the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration d) {
      this.readTimeout = InvalidArgumentException.requireNonNull(d, "readTimeout", BACKEND);
      return this;
    }

    /**
     * Builds the client. Nothing is sent: the token flow logs in on the first call.
     *
     * @return the client; never null
     * @throws InvalidArgumentException when the base URL or the credentials are missing or invalid
     */
    public ParapheurClient build() {
      ErrorDetails d = ErrorDetails.of(BACKEND, "builder");
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new InvalidArgumentException("baseUrl is required", d);
      }
      if (credentials == null) {
        throw new InvalidArgumentException("credentials are required", d);
      }
      return new ParapheurClient(this);
    }

    @Override
    public String toString() {
      return "ParapheurClient.Builder[" + baseUrl + ", " + authMode + ", " + credentials + "]";
    }
  }
}
