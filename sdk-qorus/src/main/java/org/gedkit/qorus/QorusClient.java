package org.gedkit.qorus;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.auth.IssuedSession;
import org.gedkit.core.auth.SessionAuthorizer;
import org.gedkit.core.auth.SessionManager;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.AuthTarget;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.http.Redactor;
import org.gedkit.core.http.RequestAuthorizer;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.http.Sleeper;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.internal.QorusErrorDecoder;

/**
 * Client of the Qorus Integration Engine REST API v2 ({@code /api/v2}).
 *
 * <pre>{@code
 * try (QorusClient qorus = QorusClient.builder().baseUrl("https://qorus:8011").credentials("admin", pw).build()) {
 *   long id = qorus.workflows().createOrder("MY-WORKFLOW", CreateOrderOptions.defaults()
 *       .withStaticData(Map.of("customer", 42))).workflowInstanceId();
 * }
 * }</pre>
 *
 * <p>Authentication, as the document gives it: with {@link Builder#credentials(String, String)} the
 * client obtains a token with {@code GET /api/v2/system?action=wstoken} (Basic auth, {@code ttl}
 * seconds), sends it as {@code Qorus-Token}, renews it before it expires and once on a 401 (replaying
 * the call), and logs out with {@code POST /api/v2/logout} on {@link #close()}; or Basic auth on every
 * call ({@link Builder#basicAuthOnly()}); or a token you already have ({@link Builder#token(String)});
 * or nothing ({@code noauth} servers).
 *
 * <p>Thread-safe; share one client. Every reply's date-times are in the zone sent as
 * {@code Qorus-Client-Time-Zone} (the system zone unless {@link Builder#timeZone(ZoneId)}).
 */
public final class QorusClient implements AutoCloseable {

  /** The back end name, as in {@link org.gedkit.core.error.GedkitException#backend()}. */
  public static final String BACKEND = "qorus";

  /** Name of the token header. */
  public static final String TOKEN_HEADER = "Qorus-Token";
  /** Name of the client time-zone header. */
  public static final String TIME_ZONE_HEADER = "Qorus-Client-Time-Zone";
  /** The server's default row limit ({@code row-limit} option), the default page size. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final HttpTransport transport;
  private final Builder settings;
  private final SessionManager<String> sessions;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final QorusContext ctx;
  private final StreamsApi streams;
  private final SystemApi system;
  private final WorkflowsApi workflows;
  private final OrdersApi orders;
  private final JobsApi jobs;
  private final ServicesApi services;
  private final MetricsApi metrics;
  private final AsyncQueuesApi asyncQueues;
  private final ClassesApi classes;
  private final FunctionsApi functions;
  private final ConstantsApi constants;
  private final DebugApi debug;
  private final ErrorsApi errors;
  private final ExecApi exec;
  private final GroupsApi groups;
  private final JobResultsApi jobResults;
  private final LogsApi logs;
  private final MappersApi mappers;
  private final MapperTypesApi mapperTypes;
  private final PermissionsApi permissions;
  private final ReleasesApi releases;
  private final RemoteApi remote;
  private final RolesApi roles;
  private final SlasApi slas;
  private final StepsApi steps;
  private final SyncEventsApi syncEvents;
  private final UsersApi users;
  private final ValueMapsApi valueMaps;

  private QorusClient(Builder b) {
    if (b.baseUrl == null || b.baseUrl.isBlank()) {
      throw new InvalidArgumentException("baseUrl is required", ErrorDetails.of("qorus", "client"));
    }
    AtomicReference<HttpTransport> self = new AtomicReference<>();
    boolean tokenFlow = b.credentials != null && !b.basicOnly;
    SessionManager<String> sm = null;
    RequestAuthorizer authorizer;
    if (tokenFlow) {
      String basic = basic(b.credentials);
      long ttl = b.tokenTtl.toSeconds();
      Credentials creds = b.credentials;
      boolean publicLogin = b.publicLogin;
      sm = SessionManager.<String>builder("qorus", () -> {
            if (publicLogin) {
              ApiRequest login = ApiRequest.post("public.login").path("api/v2/public/login")
                  .jsonBody(java.util.Map.of("user", creds.user().orElse(""), "pass", creds.secret()))
                  .secretValue(creds.secret()).authenticated(false).build();
              // the password travels in the JSON body: secretValue masks it should the server echo it in an error
              com.fasterxml.jackson.databind.JsonNode reply = self.get().execute(login, com.fasterxml.jackson.databind.JsonNode.class);
              String token = reply == null ? null : reply.path("token").asText(null);
              return IssuedSession.of(IssuedSession.requireHeaderSafe(token, "the public/login reply's token",
                  self.get().details("public.login")));
            }
            ApiRequest login = ApiRequest.get("system.wstoken").path("api/v2/system").query("action", "wstoken")
                .query("ttl", ttl).header("Authorization", basic).authenticated(false).build();
            String token = self.get().execute(login, String.class);
            IssuedSession.requireHeaderSafe(token, "the wstoken reply", self.get().details("system.wstoken"));
            return IssuedSession.expiringAt(token, self.get().clock().instant().plusSeconds(ttl));
          })
          .logout(token -> self.get().executeDiscarding(ApiRequest.post("logout").path("api/v2/logout")
              .header(TOKEN_HEADER, token).jsonBody(java.util.Map.of()).authenticated(false).build()))
          .clock(b.clock)
          .renewBefore(b.tokenTtl.compareTo(Duration.ofMinutes(5)) >= 0 ? Duration.ofSeconds(30) : b.tokenTtl.dividedBy(10))
          .build();
      authorizer = new SessionAuthorizer<>(sm, (token, target) -> target.header(TOKEN_HEADER, token));
    } else if (b.credentials != null) {
      authorizer = fixedHeader("Authorization", basic(b.credentials));
    } else if (b.token != null) {
      authorizer = fixedHeader(TOKEN_HEADER, b.token);
    } else {
      authorizer = RequestAuthorizer.none();
    }
    HttpTransport.Builder tb = HttpTransport.builder("qorus")
        .baseUrl(b.baseUrl)
        .authorizer(authorizer)
        .errorDecoder(new QorusErrorDecoder(tokenFlow))
        .clock(b.clock)
        .redactor(Redactor.defaults().withParameters("svalue", "svalues", "newdata", "data"))
        .defaultHeader(TIME_ZONE_HEADER, b.zone.getId());
    if (b.sleeper != null) {
      tb.sleeper(b.sleeper);
    }
    if (b.retryPolicy != null) {
      tb.retryPolicy(b.retryPolicy);
    }
    if (b.okHttpClient != null) {
      tb.okHttpClient(b.okHttpClient);
    }
    this.transport = tb.build();
    this.settings = b.copy();
    self.set(transport);
    this.sessions = sm;
    this.ctx = new QorusContext(transport, b.loopbackHttpSecure);
    this.system = new SystemApi(ctx);
    this.workflows = new WorkflowsApi(ctx);
    this.orders = new OrdersApi(ctx);
    this.jobs = new JobsApi(ctx);
    this.services = new ServicesApi(ctx);
    this.streams = new StreamsApi(ctx);
    this.metrics = new MetricsApi(ctx);
    this.asyncQueues = new AsyncQueuesApi(ctx);
    this.classes = new ClassesApi(ctx);
    this.functions = new FunctionsApi(ctx);
    this.constants = new ConstantsApi(ctx);
    this.debug = new DebugApi(ctx);
    this.errors = new ErrorsApi(ctx);
    this.exec = new ExecApi(ctx);
    this.groups = new GroupsApi(ctx);
    this.jobResults = new JobResultsApi(ctx);
    this.logs = new LogsApi(ctx);
    this.mappers = new MappersApi(ctx);
    this.mapperTypes = new MapperTypesApi(ctx);
    this.permissions = new PermissionsApi(ctx);
    this.releases = new ReleasesApi(ctx);
    this.remote = new RemoteApi(ctx);
    this.roles = new RolesApi(ctx);
    this.slas = new SlasApi(ctx);
    this.steps = new StepsApi(ctx);
    this.syncEvents = new SyncEventsApi(ctx);
    this.users = new UsersApi(ctx);
    this.valueMaps = new ValueMapsApi(ctx);
  }

  private static String basic(Credentials c) {
    String user = c.user().orElseThrow(() ->
        new InvalidArgumentException("credentials need a user name", ErrorDetails.of("qorus", "client")));
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + c.secret()).getBytes(StandardCharsets.UTF_8));
  }

  private static RequestAuthorizer fixedHeader(String name, String value) {
    return new RequestAuthorizer() {
      @Override
      public Object authorize(AuthTarget target) {
        target.header(name, value);
        return null;
      }

      @Override
      public void sessionExpired(Object stamp) {
        // a fixed credential cannot be renewed
      }

      @Override
      public String toString() {
        return "FixedHeader[" + name + ": ***]";
      }
    };
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this client's settings (credentials included) sharing its connection pool: change a
   * setting and build a second client, e.g. with another time zone. The new client has its own token.
   *
   * @return a new builder; never null
   */
  public Builder toBuilder() {
    Builder b = settings.copy();
    b.okHttpClient = transport.okHttpClient();
    return b;
  }

  /**
   * System: info, health, options, properties, tokens, alerts, listeners... ({@code /api/v2/system}).
   *
   * @return the group
   */
  public SystemApi system() {
    return system;
  }

  /**
   * Workflows and their orders ({@code /api/v2/workflows}).
   *
   * @return the group
   */
  public WorkflowsApi workflows() {
    return workflows;
  }

  /**
   * Workflow orders ({@code /api/v2/orders}).
   *
   * @return the group
   */
  public OrdersApi orders() {
    return orders;
  }

  /**
   * Jobs ({@code /api/v2/jobs}).
   *
   * @return the group
   */
  public JobsApi jobs() {
    return jobs;
  }

  /**
   * Streaming variants of the {@code action=stream} operations (bytes copied as they arrive).
   *
   * @return the group
   */
  public StreamsApi streams() {
    return streams;
  }

  /**
   * Services and their methods ({@code /api/v2/services}).
   *
   * @return the group
   */
  public ServicesApi services() {
    return services;
  }

  /**
   * Api group ({@code /api/v2/api/metrics}): Qorus metrics.
   *
   * @return the group
   */
  public MetricsApi metrics() {
    return metrics;
  }

  /**
   * Async-queues group ({@code /api/v2/async-queues}): queues of asynchronous workflow steps.
   *
   * @return the group
   */
  public AsyncQueuesApi asyncQueues() {
    return asyncQueues;
  }

  /**
   * Classes group ({@code /api/v2/classes}): Qorus class objects.
   *
   * @return the group
   */
  public ClassesApi classes() {
    return classes;
  }

  /**
   * Functions group ({@code /api/v2/functions}): Qorus function objects.
   *
   * @return the group
   */
  public FunctionsApi functions() {
    return functions;
  }

  /**
   * Constants group ({@code /api/v2/constants}): Qorus constant objects.
   *
   * @return the group
   */
  public ConstantsApi constants() {
    return constants;
  }

  /**
   * Debug group ({@code /api/v2/debug}): thread stacks.
   *
   * @return the group
   */
  public DebugApi debug() {
    return debug;
  }

  /**
   * Errors group ({@code /api/v2/errors}): global and workflow-specific error definitions.
   *
   * @return the group
   */
  public ErrorsApi errors() {
    return errors;
  }

  /**
   * Exec group ({@code /api/v2/exec}): running workflow execution instances.
   *
   * @return the group
   */
  public ExecApi exec() {
    return exec;
  }

  /**
   * Groups group ({@code /api/v2/groups}): interface groups.
   *
   * @return the group
   */
  public GroupsApi groups() {
    return groups;
  }

  /**
   * Jobresults group ({@code /api/v2/jobresults}): results of all jobs.
   *
   * @return the group
   */
  public JobResultsApi jobResults() {
    return jobResults;
  }

  /**
   * Logs group ({@code /api/v2/logs}): log sources.
   *
   * @return the group
   */
  public LogsApi logs() {
    return logs;
  }

  /**
   * Mappers group ({@code /api/v2/mappers}): data mappers.
   *
   * @return the group
   */
  public MappersApi mappers() {
    return mappers;
  }

  /**
   * Mappertypes group ({@code /api/v2/mappertypes}): the mapper types.
   *
   * @return the group
   */
  public MapperTypesApi mapperTypes() {
    return mapperTypes;
  }

  /**
   * Perms group ({@code /api/v2/perms}): RBAC permissions.
   *
   * @return the group
   */
  public PermissionsApi permissions() {
    return permissions;
  }

  /**
   * Releases group ({@code /api/v2/releases}): releases loaded into the system.
   *
   * @return the group
   */
  public ReleasesApi releases() {
    return releases;
  }

  /**
   * Remote group ({@code /api/v2/remote}): connections to user systems, datasources and remote Qorus instances.
   *
   * @return the group
   */
  public RemoteApi remote() {
    return remote;
  }

  /**
   * Roles group ({@code /api/v2/roles}): RBAC roles.
   *
   * @return the group
   */
  public RolesApi roles() {
    return roles;
  }

  /**
   * Slas group ({@code /api/v2/slas}): service level agreements, their events and performance.
   *
   * @return the group
   */
  public SlasApi slas() {
    return slas;
  }

  /**
   * Steps group ({@code /api/v2/steps}): workflow steps.
   *
   * @return the group
   */
  public StepsApi steps() {
    return steps;
  }

  /**
   * Sync-events group ({@code /api/v2/sync-events}): workflow synchronization events.
   *
   * @return the group
   */
  public SyncEventsApi syncEvents() {
    return syncEvents;
  }

  /**
   * Users group ({@code /api/v2/users}): RBAC users.
   *
   * @return the group
   */
  public UsersApi users() {
    return users;
  }

  /**
   * Valuemaps group ({@code /api/v2/valuemaps}): value maps.
   *
   * @return the group
   */
  public ValueMapsApi valueMaps() {
    return valueMaps;
  }

  /**
   * The transport, for calls this SDK does not type yet.
   *
   * @return the transport
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * How many tokens this client obtained ({@code wstoken} calls); 0 without the token flow.
   *
   * @return the count
   */
  public long tokenCount() {
    return sessions == null ? 0 : sessions.loginCount();
  }

  /**
   * Logs out ({@code POST /api/v2/logout}, with the token) when a token was obtained, and closes the
   * client: the same as {@link #close()}. Idempotent; a failing logout is logged, not thrown.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/logout}.
   */
  public void logout() {
    close();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && sessions != null) {
      sessions.close();
    }
  }

  @Override
  public String toString() {
    return "QorusClient[" + transport + "]";
  }

  /** Builds a {@link QorusClient}. Not thread-safe. */
  public static final class Builder {
    private String baseUrl;
    private Credentials credentials;
    private String token;
    private boolean basicOnly;
    private boolean loopbackHttpSecure;
    private boolean publicLogin;
    private Duration tokenTtl = Duration.ofMinutes(10);
    private ZoneId zone = ZoneId.systemDefault();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper;
    private RetryPolicy retryPolicy;
    private OkHttpClient okHttpClient;

    private Builder() {}

    private Builder copy() {
      Builder c = new Builder();
      c.baseUrl = baseUrl;
      c.credentials = credentials;
      c.token = token;
      c.basicOnly = basicOnly;
      c.loopbackHttpSecure = loopbackHttpSecure;
      c.publicLogin = publicLogin;
      c.tokenTtl = tokenTtl;
      c.zone = zone;
      c.clock = clock;
      c.sleeper = sleeper;
      c.retryPolicy = retryPolicy;
      c.okHttpClient = okHttpClient;
      return c;
    }

    /**
     * The server, e.g. {@code https://qorus:8011} (the client adds {@code /api/v2}).
     *
     * @param url the base URL
     * @return this
     */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    /**
     * User and password: used to obtain tokens (default) or sent as Basic auth ({@link #basicAuthOnly()}).
     *
     * @param user the user
     * @param password the password
     * @return this
     */
    public Builder credentials(String user, String password) {
      this.credentials = Credentials.password(user, password);
      this.token = null;
      return this;
    }

    /**
     * A token obtained elsewhere, sent as {@code Qorus-Token}; it cannot be renewed.
     *
     * @param value the token
     * @return this
     */
    public Builder token(String value) {
      if (value == null || value.isBlank()) {
        throw new InvalidArgumentException("token must not be blank", ErrorDetails.of("qorus", "client"));
      }
      this.token = value;
      this.credentials = null;
      return this;
    }

    /**
     * Sends the credentials as Basic auth on every call instead of obtaining a token.
     *
     * @return this
     */
    public Builder basicAuthOnly() {
      this.basicOnly = true;
      return this;
    }

    /**
     * Obtains the token with {@code POST /api/v2/public/login} ({@code {"user", "pass"}} &rarr;
     * {@code {"token"}}), as the web UI of token-based servers does, instead of {@code wstoken} with Basic
     * auth. The token's lifetime is not known: it is renewed on a 401.
     *
     * @return this
     */
    public Builder publicLogin() {
      this.publicLogin = true;
      return this;
    }

    /**
     * Lets sensitive data go over plain http to a loopback address only (an emulator or a test server on
     * this machine); any other plain-http server is still refused.
     *
     * @return this
     */
    public Builder allowSensitiveDataOverLoopbackHttp() {
      this.loopbackHttpSecure = true;
      return this;
    }

    /**
     * Validity asked for each token ({@code ttl} of {@code wstoken}); default 10 minutes, at most 2 days.
     *
     * @param ttl the validity, 1 second to 2 days
     * @return this
     */
    public Builder tokenTtl(Duration ttl) {
      if (ttl == null || ttl.toSeconds() < 1 || ttl.compareTo(Duration.ofDays(2)) > 0) {
        throw new InvalidArgumentException("tokenTtl must be between 1 second and 2 days", ErrorDetails.of("qorus", "client"));
      }
      this.tokenTtl = ttl;
      return this;
    }

    /**
     * The zone sent as {@code Qorus-Client-Time-Zone}; default the system zone.
     *
     * @param value the zone
     * @return this
     */
    public Builder timeZone(ZoneId value) {
      this.zone = InvalidArgumentException.requireNonNull(value, "timeZone", BACKEND);
      return this;
    }

    /**
     * The clock token expiry is measured on (tests).
     *
     * @param value the clock
     * @return this
     */
    public Builder clock(Clock value) {
      this.clock = InvalidArgumentException.requireNonNull(value, "clock", BACKEND);
      return this;
    }

    /**
     * How the client waits between retries (tests).
     *
     * @param value the sleeper
     * @return this
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = value;
      return this;
    }

    /**
     * The retry policy.
     *
     * @param value the policy
     * @return this
     */
    public Builder retryPolicy(RetryPolicy value) {
      this.retryPolicy = value;
      return this;
    }

    /**
     * An OkHttpClient to share (its pool and dispatcher).
     *
     * @param value the client
     * @return this
     */
    public Builder okHttpClient(OkHttpClient value) {
      this.okHttpClient = value;
      return this;
    }

    /**
     * Builds the client; nothing is sent until the first call.
     *
     * @return the client
     * @throws InvalidArgumentException when the base URL is missing
     */
    public QorusClient build() {
      return new QorusClient(this);
    }
  }
}
