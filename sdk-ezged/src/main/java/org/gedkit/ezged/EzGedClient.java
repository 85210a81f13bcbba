package org.gedkit.ezged;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.auth.IssuedSession;
import org.gedkit.core.auth.SessionAuthorizer;
import org.gedkit.core.auth.SessionManager;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.http.Sleeper;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.EzGedContext;
import org.gedkit.ezged.internal.EzGedErrors;
import org.gedkit.ezged.internal.ShowdocsErrorInterceptor;
import org.gedkit.ezged.internal.Wire;
import org.gedkit.ezged.model.SessionInfo;

/**
 * The entry point to one EzGED server: its {@code service.php} web services, {@code showdocs.php} downloads and
 * {@code pupload.php} uploads.
 *
 * <pre>{@code
 * try (EzGedClient ezged = EzGedClient.builder()
 *     .baseUrl("https://ged.example.com/ezged")
 *     .credentials("admin", "admin")
 *     .build()) {
 *   for (Row row : ezged.queries().exec(2)) {
 *     System.out.println(row.string("COURRIERS_OBJET").orElse(""));
 *   }
 * }
 * }</pre>
 *
 * <p>The client logs in lazily ({@code sec/authenticate}, password MD5-hashed), sends the session id as the
 * {@code sessionid} parameter of every call, logs in again once and replays the call when EzGED says the session is
 * gone ({@code errorcode 401}), and can keep the session alive (EzGED drops it after 60 s idle). Thread-safe: share
 * one client; only one thread logs in at a time. {@link #close()} logs out.
 */
public final class EzGedClient implements AutoCloseable {

  /** The back end name, as in {@link org.gedkit.core.error.GedkitException#backend()}. */
  public static final String BACKEND = "ezged";

  /**
   * The upload token {@code pupload.php} expects unless the installation changed it: the value printed in the
   * public EzGED web-services document (section "Uploader un fichier" and its cURL example), which EzGED ships as
   * its default. It is no credential of any account or deployment (uploads also need a logged-in session id), but
   * it is still sent as a form field named {@code token}, which the redactor masks in logs and errors. An
   * installation with its own token sets it with {@link Builder#uploadToken(String)}.
   */
  public static final String DEFAULT_UPLOAD_TOKEN = "c3e335143464469a1ca542c21147f913";

  private final HttpTransport transport;
  private final SessionManager<String> sessions;
  private final String login;
  private final SessionApi session;
  private final QueriesApi queries;
  private final FilesApi files;
  private final ActivityApi activity;
  private final RecordsApi records;
  private final UploadsApi uploads;
  private final JobsApi jobs;

  private EzGedClient(Builder b) {
    this.login = b.login;
    AtomicReference<SessionInfo> info = new AtomicReference<>();
    HttpTransport.Builder tb = HttpTransport.builder("ezged").baseUrl(b.baseUrl).errorDecoder(EzGedErrors.decoder())
        .mapper(Wire.mapper()).clock(b.clock).sleeper(b.sleeper).retryPolicy(b.retryPolicy);
    if (b.okHttpClient != null) {
      tb.okHttpClient(b.okHttpClient);
    }
    if (b.connectTimeout != null) {
      tb.connectTimeout(b.connectTimeout);
    }
    if (b.readTimeout != null) {
      tb.readTimeout(b.readTimeout);
    }
    HttpTransport plain = tb.build();
    OkHttpClient withInterceptor = plain.okHttpClient().newBuilder().addInterceptor(new ShowdocsErrorInterceptor())
        .build();
    HttpTransport unauthenticated = plain.toBuilder().okHttpClient(withInterceptor).build();
    String pwd = b.passwordHash;
    String user = b.login;
    this.sessions = SessionManager.<String>builder("ezged", () -> authenticate(unauthenticated, user, pwd, info))
        .logout(s -> unauthenticated.execute(SessionApi.logoutRequest(s), r -> Envelope.read(r)))
        .clock(b.clock).build();
    this.transport = unauthenticated.withAuthorizer(
        new SessionAuthorizer<>(sessions, (s, target) -> target.formField(Wire.SESSION_PARAM, s)));
    EzGedContext ctx = new EzGedContext(transport, sessions, b.uploadToken, info);
    this.session = new SessionApi(ctx);
    this.queries = new QueriesApi(ctx);
    this.files = new FilesApi(ctx);
    this.activity = new ActivityApi(ctx);
    this.records = new RecordsApi(ctx);
    this.uploads = new UploadsApi(ctx);
    this.jobs = new JobsApi(ctx);
    if (b.keepAlive) {
      Duration every = b.keepAliveInterval;
      sessions.startKeepAlive(every, s -> transport.execute(
          Wire.servicePost(Wire.KEEPALIVE, Map.of(Wire.SESSION_PARAM, s)).authenticated(false).build(),
          r -> Envelope.read(r)));
    }
  }

  private static IssuedSession<String> authenticate(HttpTransport t, String login, String pwdHash,
      AtomicReference<SessionInfo> info) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", login);
    form.put("pwd", pwdHash);
    // replayable: a login sent twice only opens one more session, which EzGED drops after 60 s idle; a slow
    // or busy server then costs a retry instead of failing the caller's call with "retry not advised"
    ApiRequest req = Wire.servicePost(Wire.AUTHENTICATE, form).authenticated(false).idempotent(true).build();
    return t.execute(req, r -> {
      Envelope e = Envelope.read(r);
      JsonNode rows = e.rowsNode();
      JsonNode id = rows.get(Wire.SESSION_PARAM);
      if (id == null || id.isNull() || id.asText().isBlank()) {
        throw r.protocolError("sec/authenticate answered no rows.sessionid");
      }
      info.set(new SessionInfo(login, e.message(), Wire.columns(rows)));
      return IssuedSession.of(id.asText());
    });
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
   * The session: log in early, keep alive, log out.
   *
   * @return the group; never null
   */
  public SessionApi session() {
    return session;
  }

  /**
   * Views: tree, run a view with paging and filters, global search.
   *
   * @return the group; never null
   */
  public QueriesApi queries() {
    return queries;
  }

  /**
   * Files of records: list revisions, download verified against the SHA-1 ripe.
   *
   * @return the group; never null
   */
  public FilesApi files() {
    return files;
  }

  /**
   * Activities of records and workflow bags.
   *
   * @return the group; never null
   */
  public ActivityApi activity() {
    return activity;
  }

  /**
   * Records: insert, update, delete with files.
   *
   * @return the group; never null
   */
  public RecordsApi records() {
    return records;
  }

  /**
   * Uploads to the server spool.
   *
   * @return the group; never null
   */
  public UploadsApi uploads() {
    return uploads;
  }

  /**
   * Add pages to records and watch the job queue.
   *
   * @return the group; never null
   */
  public JobsApi jobs() {
    return jobs;
  }

  /**
   * The transport, for calls this SDK does not cover yet (the session id is added to each request).
   *
   * @return the transport; never null
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * The portable view of this client: families, views and records as containers, record files as documents (see
   * {@code docs/portable.md}). Closing the store closes this client.
   *
   * @return a store over this client; never null
   */
  public org.gedkit.ezged.store.EzGedDocumentStore asDocumentStore() {
    return new org.gedkit.ezged.store.EzGedDocumentStore(this);
  }

  /**
   * Logs out ({@code secses/delete}) and stops the keep-alive. Idempotent; calls still in flight finish or fail.
   */
  @Override
  public void close() {
    sessions.close();
  }

  @Override
  public String toString() {
    return "EzGedClient[" + transport.redactor().redact(transport.baseUrl()) + ", login=" + login + ", password=***]";
  }

  /** Builds an {@link EzGedClient}; not thread-safe. */
  public static final class Builder {
    private String baseUrl;
    private String login;
    private String passwordHash;
    private boolean keepAlive;
    private Duration keepAliveInterval = Duration.ofSeconds(30);
    private String uploadToken = DEFAULT_UPLOAD_TOKEN;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient okHttpClient;
    private Duration connectTimeout;
    private Duration readTimeout;

    private Builder() {}

    /**
     * The EzGED root URL, e.g. {@code https://host/ezged} (the client adds {@code /data/service.php}, ...).
     *
     * @param url an http(s) URL
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    /**
     * Login and clear password; the client sends the password MD5-hashed as the document asks.
     *
     * @param login the login
     * @param password the clear password
     * @return this builder
     * @throws InvalidArgumentException when the login is blank or the password null
     */
    public Builder credentials(String login, String password) {
      if (login == null || login.isBlank()) {
        throw invalid("login must not be " + (login == null ? "null" : "blank"));
      }
      if (password == null) {
        throw invalid("password must not be null");
      }
      return credentials(Credentials.password(login, password));
    }

    /**
     * Login and clear password.
     *
     * @param credentials password credentials
     * @return this builder
     * @throws InvalidArgumentException when they are null or not password credentials
     */
    public Builder credentials(Credentials credentials) {
      InvalidArgumentException.requireNonNull(credentials, "credentials", BACKEND);
      if (credentials.kind() != Credentials.Kind.PASSWORD) {
        throw invalid("EzGED needs a login and a password, not a token");
      }
      this.login = credentials.user().orElseThrow();
      this.passwordHash = Wire.md5(credentials.secret());
      return this;
    }

    /**
     * Login and an already MD5-hashed password (32 hex digits), sent as is.
     *
     * @param login the login
     * @param md5Hex the MD5 of the password, e.g. {@code 21232f297a57a5a743894a0e4a801fc3}
     * @return this builder
     * @throws InvalidArgumentException when the login is blank or the hash is not 32 hex digits
     */
    public Builder hashedCredentials(String login, String md5Hex) {
      if (login == null || login.isBlank()) {
        throw invalid("login must not be blank");
      }
      if (md5Hex == null || !md5Hex.matches("[0-9a-fA-F]{32}")) {
        throw invalid("md5Hex must be 32 hex digits (the MD5 of the password)");
      }
      this.login = login;
      this.passwordHash = md5Hex.toLowerCase(java.util.Locale.ROOT);
      return this;
    }

    /**
     * Keeps the session alive with {@code secses/keepalive} when it has been idle for 30 s (EzGED drops it after
     * 60 s). Off by default: the client then logs in again once when the session is gone.
     *
     * @param value whether to keep the session alive
     * @return this builder
     */
    public Builder keepAlive(boolean value) {
      this.keepAlive = value;
      return this;
    }

    /**
     * The idle time after which the keep-alive pings (30 s by default; keep it under 60 s).
     *
     * @param interval a positive duration
     * @return this builder
     * @throws InvalidArgumentException when not positive
     */
    public Builder keepAliveInterval(Duration interval) {
      if (interval == null || interval.isZero() || interval.isNegative()) {
        throw invalid("keepAliveInterval must be positive");
      }
      this.keepAliveInterval = interval;
      return this;
    }

    /**
     * The {@code token} of {@code pupload.php} (a deployment setting; the document's value by default).
     *
     * @param token the token
     * @return this builder
     * @throws InvalidArgumentException when blank
     */
    public Builder uploadToken(String token) {
      if (token == null || token.isBlank()) {
        throw invalid("uploadToken must not be blank");
      }
      this.uploadToken = token;
      return this;
    }

    /**
     * The clock (tests inject one they advance).
     *
     * @param c the clock
     * @return this builder
     * @throws InvalidArgumentException when null
     */
    public Builder clock(Clock c) {
      this.clock = InvalidArgumentException.requireNonNull(c, "clock", BACKEND);
      return this;
    }

    /**
     * The sleeper used between retries and job polls (tests inject one that does not sleep).
     *
     * @param s the sleeper
     * @return this builder
     * @throws InvalidArgumentException when null
     */
    public Builder sleeper(Sleeper s) {
      this.sleeper = InvalidArgumentException.requireNonNull(s, "sleeper", BACKEND);
      return this;
    }

    /**
     * The retry policy.
     *
     * @param p the policy
     * @return this builder
     * @throws InvalidArgumentException when null
     */
    public Builder retryPolicy(RetryPolicy p) {
      this.retryPolicy = InvalidArgumentException.requireNonNull(p, "retryPolicy", BACKEND);
      return this;
    }

    /**
     * An OkHttp client to share (its pool and dispatcher are reused).
     *
     * @param c the client
     * @return this builder
     * @throws InvalidArgumentException when null
     */
    public Builder okHttpClient(OkHttpClient c) {
      this.okHttpClient = InvalidArgumentException.requireNonNull(c, "okHttpClient", BACKEND);
      return this;
    }

    /**
     * The connect timeout (10 s by default).
     *
     * @param d a positive duration
     * @return this builder
     * @throws InvalidArgumentException when null, zero or negative
     */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = positive(d, "connectTimeout");
      return this;
    }

    /**
     * The read/write timeout between two bytes (60 s by default).
     *
     * @param d a positive duration
     * @return this builder
     * @throws InvalidArgumentException when null, zero or negative
     */
    public Builder readTimeout(Duration d) {
      this.readTimeout = positive(d, "readTimeout");
      return this;
    }

    /**
     * Builds the client; nothing is sent yet.
     *
     * @return the client; never null
     * @throws InvalidArgumentException when the base URL or the credentials are missing
     */
    public EzGedClient build() {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw invalid("baseUrl is required");
      }
      if (login == null) {
        throw invalid("credentials are required");
      }
      return new EzGedClient(this);
    }

    @Override
    public String toString() {
      return "EzGedClient.Builder[" + baseUrl + ", login=" + login + ", password=***]";
    }

    private static Duration positive(Duration d, String name) {
      if (InvalidArgumentException.requireNonNull(d, name, BACKEND).isZero() || d.isNegative()) {
        throw invalid(name + " must be positive, was " + d);
      }
      return d;
    }

    private static InvalidArgumentException invalid(String message) {
      return new InvalidArgumentException(message, ErrorDetails.of("ezged", "builder"));
    }
  }
}
