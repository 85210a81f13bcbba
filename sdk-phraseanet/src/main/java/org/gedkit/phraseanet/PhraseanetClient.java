package org.gedkit.phraseanet;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.http.Redactor;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.http.Sleeper;
import org.gedkit.phraseanet.internal.Envelope;
import org.gedkit.phraseanet.internal.PhraseanetWire;

/**
 * The entry point of the Phraseanet API v1 adapter.
 *
 * <pre>{@code
 * try (PhraseanetClient client = PhraseanetClient.builder()
 *     .baseUrl("https://phraseanet.example.com")
 *     .accessToken(token)
 *     .build()) {
 *   for (QuarantineItem item : client.quarantine().list()) { ... }
 * }
 * }</pre>
 *
 * <p>Every call carries the OAuth2 access token as the {@code oauth_token} query parameter (the way
 * Phraseanet servers and the official SDK do it; the core redactor hides it in logs and error
 * messages), asks for {@code Accept: application/json}, and uses paths ending with {@code /}.
 *
 * <p>Thread-safe: share one client. {@link #close()} is idempotent and safe while calls are in flight;
 * Phraseanet has no logout call for API tokens, so it revokes nothing on the server.
 */
public final class PhraseanetClient implements AutoCloseable {

  /** The back end name used in errors and logs. */
  public static final String BACKEND = "phraseanet";

  private final HttpTransport transport;
  private final QuarantineApi quarantine;
  private final DataboxesApi databoxes;
  private final RecordsApi records;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Builder origin;

  private PhraseanetClient(Builder b, HttpTransport transport) {
    this.transport = transport;
    this.quarantine = new QuarantineApi(transport);
    this.databoxes = new DataboxesApi(transport);
    this.records = new RecordsApi(transport);
    this.origin = b.copy();
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
   * A builder holding this client's settings.
   *
   * @return a builder; never null
   */
  public Builder toBuilder() {
    return origin.copy();
  }

  /**
   * The quarantine resource group (vendor document "Lister les documents de la quarantaine").
   *
   * @return the API; never null
   */
  public QuarantineApi quarantine() {
    return quarantine;
  }

  /**
   * The databoxes resource group (read-only; beyond the vendor page, as real servers serve it).
   *
   * @return the API; never null
   */
  public DataboxesApi databoxes() {
    return databoxes;
  }

  /**
   * The records resource group (read-only; beyond the vendor page, as real servers serve it).
   *
   * @return the API; never null
   */
  public RecordsApi records() {
    return records;
  }

  /**
   * The portable view of this client: the quarantine as a read-only
   * {@link org.gedkit.core.store.DocumentStore} (see {@code docs/portable.md}). Closing the store closes
   * this client.
   *
   * @return a store over this client; never null
   */
  public org.gedkit.phraseanet.store.PhraseanetDocumentStore asDocumentStore() {
    return new org.gedkit.phraseanet.store.PhraseanetDocumentStore(this);
  }

  /**
   * The transport all calls go through (for advanced use: custom calls sharing the connection pool).
   *
   * @return the transport; never null
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed.get();
  }

  /** Closes the client. Idempotent; nothing is sent (Phraseanet API tokens have no logout call). */
  @Override
  public void close() {
    closed.set(true);
  }

  @Override
  public String toString() {
    return "PhraseanetClient[" + transport.redactor().redact(transport.baseUrl()) + ", oauth_token=***]";
  }

  /** Builds a {@link PhraseanetClient}; not thread-safe. */
  public static final class Builder {
    private String baseUrl;
    private String accessToken;
    private OkHttpClient okHttpClient;
    private RetryPolicy retryPolicy;
    private Clock clock;
    private Sleeper sleeper;
    private Redactor redactor;
    private String userAgentSuffix;

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.baseUrl = baseUrl;
      b.accessToken = accessToken;
      b.okHttpClient = okHttpClient;
      b.retryPolicy = retryPolicy;
      b.clock = clock;
      b.sleeper = sleeper;
      b.redactor = redactor;
      b.userAgentSuffix = userAgentSuffix;
      return b;
    }

    /**
     * Sets the root URL of the Phraseanet installation, e.g. {@code https://phraseanet.example.com}.
     * A URL already ending with {@code /api/v1} is accepted too.
     *
     * @param url an http or https URL
     * @return this builder
     */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    /**
     * Sets the OAuth2 access token (from the application's page in Phraseanet, or an OAuth2 flow).
     *
     * @param token the token; not blank
     * @return this builder
     */
    public Builder accessToken(String token) {
      this.accessToken = token;
      return this;
    }

    /**
     * Uses the caller's OkHttp client (its pool and dispatcher are shared).
     *
     * @param client the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = InvalidArgumentException.requireNonNull(client, "okHttpClient", BACKEND);
      return this;
    }

    /**
     * Sets the retry policy ({@link RetryPolicy#defaults()} by default).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = InvalidArgumentException.requireNonNull(policy, "retryPolicy", BACKEND);
      return this;
    }

    /**
     * Sets the clock (tests inject one).
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
     * Sets the redactor for logs and error messages ({@link Redactor#defaults()}, which hides
     * {@code oauth_token}, by default).
     *
     * @param r the redactor
     * @return this builder
     */
    public Builder redactor(Redactor r) {
      this.redactor = InvalidArgumentException.requireNonNull(r, "redactor", BACKEND);
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
     * Builds the client.
     *
     * @return the client; never null
     * @throws InvalidArgumentException when the base URL or the access token is missing or invalid
     */
    public PhraseanetClient build() {
      ErrorDetails ctx = ErrorDetails.of(BACKEND, "builder");
      if (accessToken == null || accessToken.isBlank()) {
        throw new InvalidArgumentException("accessToken is required (an OAuth2 access token)", ctx);
      }
      HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl.trim());
      if (url == null) {
        throw new InvalidArgumentException("baseUrl must be an http:// or https:// URL, was "
            + (baseUrl == null ? "null" : "\"" + baseUrl + "\""), ctx);
      }
      HttpTransport.Builder tb = HttpTransport.builder(BACKEND)
          .baseUrl(installRoot(url))
          .authorizer(PhraseanetWire.tokenAuthorizer(accessToken.trim()))
          .errorDecoder(Envelope.ERROR_DECODER)
          .defaultHeader("Accept", PhraseanetWire.ACCEPT)
          .userAgentSuffix(userAgentSuffix);
      if (okHttpClient != null) {
        tb.okHttpClient(okHttpClient);
      }
      if (retryPolicy != null) {
        tb.retryPolicy(retryPolicy);
      }
      if (clock != null) {
        tb.clock(clock);
      }
      if (sleeper != null) {
        tb.sleeper(sleeper);
      }
      if (redactor != null) {
        tb.redactor(redactor);
      }
      return new PhraseanetClient(this, tb.build());
    }

    private static HttpUrl installRoot(HttpUrl url) {
      var segments = new java.util.ArrayList<>(url.pathSegments());
      while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
        segments.remove(segments.size() - 1);
      }
      int n = segments.size();
      if (n >= 2 && segments.get(n - 2).equals("api") && segments.get(n - 1).equals("v1")) {
        segments = new java.util.ArrayList<>(segments.subList(0, n - 2));
      }
      HttpUrl.Builder b = url.newBuilder().encodedPath("/");
      for (String s : segments) {
        b.addPathSegment(s);
      }
      return b.build();
    }

    @Override
    public String toString() {
      return "PhraseanetClient.Builder[baseUrl=" + baseUrl + ", accessToken=" + (accessToken == null ? "null" : "***") + "]";
    }
  }
}
