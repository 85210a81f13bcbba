package org.gedkit.core.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.RateLimitedException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.json.GedkitJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP transport every adapter sends its calls through, built on OkHttp.
 *
 * <p>It resolves paths against the base URL, adds the user agent ({@code gedkit/<version>}) and the
 * credentials of its {@link RequestAuthorizer}, logs each exchange at DEBUG with secrets redacted,
 * retries what its {@link RetryPolicy} allows, renews an expired session once and replays the call,
 * and turns every failure into a {@link GedkitException}.
 *
 * <p>Thread-safe. Transports derived with {@link #toBuilder()}, {@link #withAuthorizer} or
 * {@link #withHeader} share the OkHttp connection pool. Closing is not needed: the OkHttp client is
 * shared (a user-supplied one stays the user's to shut down).
 */
public final class HttpTransport {

  /** Encodes declared secret values the way a URL carries them, so that they are masked in that form too. */
  private static final HttpUrl ENCODER = HttpUrl.get("http://h/");

  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
  private static volatile OkHttpClient sharedClient;

  private final String backend;
  private final HttpUrl baseUrl;
  private final OkHttpClient client;
  private final RetryPolicy retryPolicy;
  private final Redactor redactor;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ErrorDecoder errorDecoder;
  private final RequestAuthorizer authorizer;
  private final Map<String, String> defaultHeaders;
  private final java.util.List<String> secretDefaultHeaderValues;
  private final ObjectMapper mapper;
  private final String userAgent;
  /** User-Agent and the default headers, built (and checked by OkHttp) once; null if OkHttp refuses one of them. */
  private final Headers baseHeaders;
  private final java.util.concurrent.ConcurrentHashMap<Class<?>, JavaType> javaTypes =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.function.Function<Class<?>, JavaType> typeResolver = this::javaType;
  private final Builder origin;

  private HttpTransport(Builder b) {
    this.backend = b.backend;
    this.baseUrl = b.baseUrl;
    OkHttpClient base = b.client != null ? b.client : defaultClient();
    OkHttpClient.Builder cb = null;
    if (b.connectTimeout != null) {
      cb = base.newBuilder().connectTimeout(b.connectTimeout);
    }
    if (b.readTimeout != null) {
      cb = (cb == null ? base.newBuilder() : cb).readTimeout(b.readTimeout).writeTimeout(b.readTimeout);
    }
    if (b.callTimeout != null) {
      cb = (cb == null ? base.newBuilder() : cb).callTimeout(b.callTimeout);
    }
    this.client = cb == null ? base : cb.build();
    this.retryPolicy = b.retryPolicy;
    this.redactor = b.redactor;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.errorDecoder = b.errorDecoder;
    this.authorizer = b.authorizer;
    this.defaultHeaders = Map.copyOf(b.defaultHeaders);
    // the default headers and the redactor are fixed: which of their values are secrets is decided once
    this.secretDefaultHeaderValues = defaultHeaders.entrySet().stream().filter(e -> b.redactor.isSecretHeader(e.getKey()))
        .map(Map.Entry::getValue).toList();
    this.mapper = b.mapper;
    this.userAgent = "gedkit/" + GedkitVersion.version() + (b.userAgentSuffix == null ? "" : " " + b.userAgentSuffix);
    this.baseHeaders = baseHeaders(userAgent, defaultHeaders);
    this.origin = b.copy();
    this.origin.client = this.client;
    this.origin.connectTimeout = null;
    this.origin.readTimeout = null;
    this.origin.callTimeout = null;
  }

  private static OkHttpClient defaultClient() {
    OkHttpClient c = sharedClient;
    if (c == null) {
      synchronized (HttpTransport.class) {
        c = sharedClient;
        if (c == null) {
          c = new OkHttpClient.Builder()
              .connectTimeout(Duration.ofSeconds(10))
              .readTimeout(Duration.ofSeconds(60))
              .writeTimeout(Duration.ofSeconds(60))
              .build();
          sharedClient = c;
        }
      }
    }
    return c;
  }

  /**
   * Starts a transport for a back end.
   *
   * @param backend the back end name used in errors and logs, e.g. {@code ezged}
   * @return a builder; never null
   */
  public static Builder builder(String backend) {
    return new Builder(backend);
  }

  /**
   * A builder holding this transport's settings (and its OkHttp client, so pools are shared).
   *
   * @return a builder; never null
   */
  public Builder toBuilder() {
    return origin.copy();
  }

  /**
   * A transport like this one with another authorizer.
   *
   * @param newAuthorizer the authorizer
   * @return a new transport sharing the connection pool; never null
   */
  public HttpTransport withAuthorizer(RequestAuthorizer newAuthorizer) {
    return toBuilder().authorizer(newAuthorizer).build();
  }

  /**
   * A transport like this one that adds a header to every request (e.g. acting on behalf of a user).
   *
   * @param name the header name
   * @param value the value
   * @return a new transport sharing the connection pool and authorizer; never null
   */
  public HttpTransport withHeader(String name, String value) {
    return toBuilder().defaultHeader(name, value).build();
  }

  /**
   * The back end name.
   *
   * @return the name; never null
   */
  public String backend() {
    return backend;
  }

  /**
   * The base URL.
   *
   * @return the URL; never null
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The clock (tests inject one).
   *
   * @return the clock; never null
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The sleeper used for backoff and polling.
   *
   * @return the sleeper; never null
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The redactor.
   *
   * @return the redactor; never null
   */
  public Redactor redactor() {
    return redactor;
  }

  /**
   * The retry policy.
   *
   * @return the policy; never null
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * The OkHttp client behind this transport.
   *
   * @return the client; never null
   */
  public OkHttpClient okHttpClient() {
    return client;
  }

  /**
   * The error context of an operation before any request is sent (for argument checks).
   *
   * @param operation the operation name
   * @return the details; never null
   */
  public ErrorDetails details(String operation) {
    return ErrorDetails.of(backend, operation);
  }

  /**
   * The URL a request resolves to.
   *
   * @param request the request
   * @return the URL; never null
   */
  public HttpUrl resolve(ApiRequest request) {
    return resolve(request, null);
  }

  /** The URL of a request, with the authorizer's query parameters (replacing any of the same name): one build. */
  private HttpUrl resolve(ApiRequest request, Map<String, String> authQueries) {
    HttpUrl.Builder ub = baseUrl.newBuilder();
    for (String[] seg : request.pathSegments()) {
      if ("literal".equals(seg[1])) {
        ub.addPathSegments(seg[0]);
      } else {
        ub.addPathSegment(seg[0]);
      }
    }
    if (request.trailingSlash()) {
      ub.addPathSegment("");
    }
    for (Map.Entry<String, String> q : request.query()) {
      ub.addQueryParameter(q.getKey(), q.getValue());
    }
    if (authQueries != null) {
      authQueries.forEach(ub::setQueryParameter);
    }
    return ub.build();
  }

  /**
   * Sends a request and reads the JSON reply as a type.
   *
   * @param request the request
   * @param type the result type
   * @param <T> the result type
   * @return the result
   * @throws GedkitException on any failure
   */
  public <T> T execute(ApiRequest request, Class<T> type) {
    return execute(request, r -> r.json(type));
  }

  /**
   * Sends a request and reads the JSON reply as a generic type.
   *
   * @param request the request
   * @param type the result type
   * @param <T> the result type
   * @return the result
   * @throws GedkitException on any failure
   */
  public <T> T execute(ApiRequest request, TypeReference<T> type) {
    return execute(request, r -> r.json(type));
  }

  /**
   * Sends a request and discards the reply body.
   *
   * @param request the request
   * @throws GedkitException on any failure
   */
  public void executeDiscarding(ApiRequest request) {
    execute(request, r -> null);
  }

  /**
   * Sends a request, retrying and renewing the session as allowed, and reads the reply with the handler.
   *
   * @param request the request
   * @param handler reads a successful reply (or any reply when the request passes errors to it)
   * @param <T> the result type
   * @return the handler's result
   * @throws GedkitException on any failure, after retries
   */
  public <T> T execute(ApiRequest request, ResponseHandler<T> handler) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(handler, "handler");
    int attempt = 0;
    boolean renewed = false;
    while (true) {
      attempt++;
      Outgoing out = prepare(request);
      GedkitException failure;
      boolean reachedServer = true;
      boolean debug = LOG.isDebugEnabled();
      long started = debug ? System.nanoTime() : 0L;
      if (debug) {
        LOG.debug("--> {} {} [{} {}]{}", request.method(), out.shownUrl(), backend, request.operation(),
            attempt > 1 ? " attempt " + attempt : "");
        if (LOG.isTraceEnabled()) {
          LOG.trace("request headers:\n{}", Redactor.scrub(redactor.redact(out.request.headers()), out.secrets()));
        }
      }
      Response response;
      try {
        response = client.newCall(out.request).execute();
      } catch (IOException e) {
        reachedServer = !neverReachedServer(e);
        ErrorDetails ctx = out.ctx();
        failure = new TransportException(describe(e), ctx, !reachedServer || request.idempotent(), e);
        LOG.debug("<-- failed {} {}: {}", request.method(), out.shownUrl(), describe(e));
        failure.hideSecrets(out.secrets());
        Optional<Duration> wait = retryWait(request, failure, reachedServer, attempt);
        if (wait.isPresent()) {
          pause(wait.get(), ctx);
          continue;
        }
        throw failure;
      }
      int code = response.code();
      out.status = code;
      try (response) {
        if (debug) {
          LOG.debug("<-- {} {} ({} ms)", code, out.shownUrl(), (System.nanoTime() - started) / 1_000_000);
        }
        ApiResponse api = new ApiResponse(response, request, out, mapper, clock, typeResolver);
        if (!response.isSuccessful() && !request.passErrorsToHandler()) {
          GedkitException decoded = errorDecoder.decode(api);
          throw decoded == null ? new ProtocolException("HTTP " + code, out.get()) : decoded;
        }
        return handler.handle(api);
      } catch (GedkitException e) {
        failure = e;
      } catch (InterruptedIOException e) {
        failure = new TransportException("timed out while reading the reply", out.get(), request.idempotent(), e);
      } catch (IOException e) {
        failure = new TransportException("the connection failed while reading the reply: " + describe(e), out.get(),
            request.idempotent(), e);
      } catch (RuntimeException e) {
        failure = new ProtocolException("the reply could not be read: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()), out.get(), false, e);
      }
      failure.hideSecrets(out.secrets());
      if (failure instanceof AuthenticationException ae && ae.sessionExpired() && request.authenticated()
          && out.stamp != null && !renewed && request.replayable()) {
        LOG.debug("session expired for {} {}; renewing once and replaying", backend, request.operation());
        authorizer.sessionExpired(out.stamp);
        renewed = true;
        attempt--;
        continue;
      }
      Optional<Duration> wait = retryWait(request, failure, true, attempt);
      if (wait.isPresent()) {
        LOG.debug("retrying {} {} in {} ms: {}", backend, request.operation(), wait.get().toMillis(), failure.reason());
        pause(wait.get(), out.ctx());
        continue;
      }
      throw failure;
    }
  }

  /** The Jackson type of a class for this transport's mapper, resolved once per class. */
  private JavaType javaType(Class<?> type) {
    JavaType t = javaTypes.get(type);
    if (t == null) {
      t = mapper.constructType(type);
      javaTypes.putIfAbsent(type, t);
    }
    return t;
  }

  private Optional<Duration> retryWait(ApiRequest request, GedkitException failure, boolean reachedServer, int attempt) {
    if (attempt >= retryPolicy.maxAttempts() || !failure.isRetryable() || !request.replayable()) {
      return Optional.empty();
    }
    if (reachedServer && !request.idempotent()) {
      return Optional.empty();
    }
    // the status filter applies to error replies; a 2xx reply whose body was cut is a transport failure
    int status = failure.status().orElse(0);
    if (status >= 400 && !retryPolicy.retryableStatuses().contains(status)) {
      return Optional.empty();
    }
    Optional<Duration> retryAfter =
        failure instanceof RateLimitedException rl ? rl.retryAfter() : Optional.empty();
    return retryPolicy.delayBefore(attempt, retryAfter);
  }

  private void pause(Duration d, ErrorDetails ctx) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting to retry", ctx, false, e);
    }
  }

  private static boolean neverReachedServer(IOException e) {
    if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
      return true;
    }
    return e instanceof SocketTimeoutException && e.getMessage() != null && e.getMessage().toLowerCase().contains("connect");
  }

  private static String describe(IOException e) {
    String kind;
    if (e instanceof ConnectException) {
      kind = "connection refused";
    } else if (e instanceof UnknownHostException) {
      kind = "unknown host";
    } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
      kind = "timed out";
    } else {
      kind = "connection failed";
    }
    return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
  }

  /**
   * What one attempt sends. The maps are created on first use: most requests get one header from the authorizer, or
   * nothing at all, and no extra query parameter or form field.
   */
  private final class Outgoing implements AuthTarget, java.util.function.Supplier<ErrorDetails> {
    final ApiRequest source;
    int status;
    private String shownUrl;
    private ErrorDetails ctx;
    private ErrorDetails statusCtx;
    Map<String, String> headers;
    Map<String, String> queries;
    Map<String, String> formFields;
    /** The credential values sent, as given; the set to mask ({@link #secrets()}) is derived when a log or error asks. */
    private java.util.List<String> secretValues;
    private java.util.Set<String> secrets;
    HttpUrl url;
    Request request;
    Object stamp;

    Outgoing(ApiRequest source) {
      this.source = source;
    }

    @Override
    public void header(String name, String value) {
      if (headers == null) {
        headers = new LinkedHashMap<>(4);
      }
      headers.put(name, value);
      secret(value);
    }

    /**
     * Remembers a credential value to mask it in logs and error messages (with the token part of {@code Bearer xyz}).
     * Only a list add per value on the call's path: the set is built when something is shown.
     */
    void secret(String value) {
      if (value != null) {
        if (secretValues == null) {
          secretValues = new java.util.ArrayList<>(4);
        }
        secretValues.add(value);
        secrets = null;
      }
    }

    /**
     * The URL as logs and errors show it: the redactor masks secret names, scrubbing also masks what the authorizer
     * added under any name. Built only when a log line or an error needs it (it costs work on every call otherwise).
     */
    String shownUrl() {
      if (shownUrl == null) {
        shownUrl = Redactor.scrub(redactor.redact(url), secrets());
      }
      return shownUrl;
    }

    /** The error context of this attempt before a reply; built on first use. */
    ErrorDetails ctx() {
      if (ctx == null) {
        ctx = ErrorDetails.of(backend, source.operation()).withRequest(source.method(), shownUrl());
      }
      return ctx;
    }

    /** The error context with the reply status; built on first use. */
    @Override
    public ErrorDetails get() {
      if (statusCtx == null) {
        statusCtx = ctx().withStatus(status);
      }
      return statusCtx;
    }

    /** The secrets to mask; never null. */
    java.util.Set<String> secrets() {
      if (secretValues == null) {
        return java.util.Set.of();
      }
      if (secrets == null) {
        java.util.Set<String> all = new java.util.HashSet<>(secretValues.size() * 4);
        for (String value : secretValues) {
          all.add(value);
          int sp = value.lastIndexOf(' ');
          if (sp >= 0) {
            all.add(value.substring(sp + 1));
          }
        }
        secrets = all;
      }
      return secrets;
    }

    @Override
    public void queryParameter(String name, String value) {
      if (queries == null) {
        queries = new LinkedHashMap<>(4);
      }
      queries.put(name, value);
      secret(value);
    }

    @Override
    public void formField(String name, String value) {
      if (source.form() != null) {
        if (formFields == null) {
          formFields = new LinkedHashMap<>(4);
        }
        formFields.put(name, value);
        secret(value);
      } else {
        queryParameter(name, value);
      }
    }
  }

  private static Headers baseHeaders(String userAgent, Map<String, String> defaults) {
    try {
      Headers.Builder hb = new Headers.Builder().set("User-Agent", userAgent);
      defaults.forEach(hb::set);
      return hb.build();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Outgoing prepare(ApiRequest request) {
    Outgoing out = new Outgoing(request);
    if (request.authenticated() && authorizer != null) {
      out.stamp = authorizer.authorize(out);
    }
    HttpUrl url = resolve(request, out.queries);
    out.url = url;
    Request.Builder rb = new Request.Builder().url(url);
    if (baseHeaders != null) {
      rb.headers(baseHeaders);
    } else {
      // a default header OkHttp refuses: fail on each request, as always
      rb.header("User-Agent", userAgent);
      defaultHeaders.forEach(rb::header);
    }
    for (int i = 0; i < request.headers().size(); i++) {
      rb.header(request.headers().name(i), request.headers().value(i));
    }
    if (out.headers != null) {
      out.headers.forEach(rb::header);
    }
    for (String v : secretDefaultHeaderValues) {
      out.secret(v);
    }
    for (String v : request.secretValues()) {
      out.secret(v);
      // as the URL carries it, should it travel in the path or the query
      HttpUrl encoded = ENCODER.newBuilder().addPathSegment(v).addQueryParameter("v", v).build();
      out.secret(encoded.encodedPath().substring(1));
      out.secret(encoded.encodedQuery().substring(2));
    }
    for (int i = 0; i < request.headers().size(); i++) {
      if (redactor.isSecretHeader(request.headers().name(i))) {
        out.secret(request.headers().value(i));
      }
    }
    for (Map.Entry<String, String> q : request.query()) {
      if (redactor.isSecretParameter(q.getKey())) {
        out.secret(q.getValue());
      }
    }
    if (request.form() != null) {
      request.form().forEach((n, v) -> {
        if (redactor.isSecretParameter(n)) {
          out.secret(v);
        }
      });
    }
    RequestBody body = request.buildBody(out.formFields == null ? Map.of() : out.formFields);
    if (body != null && !request.idempotent() && !body.isOneShot()) {
      // OkHttp silently sends a request again when a reused pooled connection fails after sending it
      // (retryOnConnectionFailure); a one-shot body forbids that once sending started, so a non-idempotent
      // call that may have acted is never replayed behind the transport's back
      body = new OneShotBody(body);
    }
    rb.method(request.method(), body);
    out.request = rb.build();
    return out;
  }

  /** A request body OkHttp may send once only; for non-idempotent requests. */
  private static final class OneShotBody extends RequestBody {
    private final RequestBody delegate;

    OneShotBody(RequestBody delegate) {
      this.delegate = delegate;
    }

    @Override
    public okhttp3.MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return delegate.contentLength();
    }

    @Override
    public void writeTo(okio.BufferedSink sink) throws IOException {
      delegate.writeTo(sink);
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }

  @Override
  public String toString() {
    return "HttpTransport[" + backend + " " + redactor.redact(baseUrl) + "]";
  }

  /** Builds an {@link HttpTransport}; not thread-safe. */
  public static final class Builder {
    private final String backend;
    private HttpUrl baseUrl;
    private OkHttpClient client;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Redactor redactor = Redactor.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private ErrorDecoder errorDecoder = ErrorDecoder.standard();
    private RequestAuthorizer authorizer;
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private ObjectMapper mapper = GedkitJson.mapper();
    private String userAgentSuffix;

    private Builder(String backend) {
      this.backend = Objects.requireNonNull(backend, "backend");
    }

    private Builder copy() {
      Builder b = new Builder(backend);
      b.baseUrl = baseUrl;
      b.client = client;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.callTimeout = callTimeout;
      b.retryPolicy = retryPolicy;
      b.redactor = redactor;
      b.clock = clock;
      b.sleeper = sleeper;
      b.errorDecoder = errorDecoder;
      b.authorizer = authorizer;
      b.defaultHeaders.putAll(defaultHeaders);
      b.mapper = mapper;
      b.userAgentSuffix = userAgentSuffix;
      return b;
    }

    /**
     * Sets the base URL (scheme, host, port and an optional path prefix).
     *
     * @param url an http or https URL
     * @return this builder
     * @throws InvalidArgumentException when the URL is not a valid http(s) URL
     */
    public Builder baseUrl(String url) {
      HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
      if (parsed == null) {
        throw new InvalidArgumentException("baseUrl must be an http:// or https:// URL, was "
            + (url == null ? "null" : "\"" + url + "\""), ErrorDetails.of(backend, "builder"));
      }
      return baseUrl(parsed);
    }

    /**
     * Sets the base URL.
     *
     * @param url the URL
     * @return this builder
     */
    public Builder baseUrl(HttpUrl url) {
      HttpUrl u = Objects.requireNonNull(url, "url");
      if (u.query() != null || u.fragment() != null) {
        u = u.newBuilder().query(null).fragment(null).build();
      }
      this.baseUrl = u;
      return this;
    }

    /**
     * Uses the caller's OkHttp client (its pool and dispatcher are shared through {@code newBuilder()}).
     *
     * @param okHttpClient the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.client = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Sets the connect timeout.
     *
     * @param d the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = Objects.requireNonNull(d, "connectTimeout");
      return this;
    }

    /**
     * Sets the read and write timeout (between two bytes).
     *
     * @param d the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration d) {
      this.readTimeout = Objects.requireNonNull(d, "readTimeout");
      return this;
    }

    /**
     * Sets the whole-call timeout (none by default, so long transfers are not cut).
     *
     * @param d the timeout
     * @return this builder
     */
    public Builder callTimeout(Duration d) {
      this.callTimeout = Objects.requireNonNull(d, "callTimeout");
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /**
     * Sets the redactor used for logs and error messages.
     *
     * @param r the redactor
     * @return this builder
     */
    public Builder redactor(Redactor r) {
      this.redactor = Objects.requireNonNull(r, "redactor");
      return this;
    }

    /**
     * Sets the clock (tests inject one they can advance).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * Sets the sleeper used between retries and polls (tests inject one that does not sleep).
     *
     * @param s the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper s) {
      this.sleeper = Objects.requireNonNull(s, "sleeper");
      return this;
    }

    /**
     * Sets the error decoder for non-2xx replies.
     *
     * @param d the decoder
     * @return this builder
     */
    public Builder errorDecoder(ErrorDecoder d) {
      this.errorDecoder = Objects.requireNonNull(d, "errorDecoder");
      return this;
    }

    /**
     * Sets the authorizer for authenticated requests.
     *
     * @param a the authorizer, or null for none
     * @return this builder
     */
    public Builder authorizer(RequestAuthorizer a) {
      this.authorizer = a;
      return this;
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name the name
     * @param value the value, or null to remove it
     * @return this builder
     */
    public Builder defaultHeader(String name, String value) {
      if (value == null) {
        defaultHeaders.remove(name);
      } else {
        defaultHeaders.put(name, value);
      }
      return this;
    }

    /**
     * Sets the mapper (the shared {@link GedkitJson#mapper()} by default).
     *
     * @param m the mapper
     * @return this builder
     */
    public Builder mapper(ObjectMapper m) {
      this.mapper = Objects.requireNonNull(m, "mapper");
      return this;
    }

    /**
     * Adds a product token after {@code gedkit/<version>} in the user agent.
     *
     * @param suffix e.g. {@code my-app/1.2}
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return the transport; never null
     * @throws InvalidArgumentException when the base URL is missing
     */
    public HttpTransport build() {
      if (baseUrl == null) {
        throw new InvalidArgumentException("baseUrl is required", ErrorDetails.of(backend, "builder"));
      }
      return new HttpTransport(this);
    }
  }
}
