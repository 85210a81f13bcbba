package org.gedkit.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.json.GedkitJson;

/**
 * One call to a back end, described once and sent (and possibly re-sent) by {@link HttpTransport}.
 *
 * <p>Paths are built from literal segments written by the adapter ({@link Builder#path(String)}) and
 * from values given by users ({@link Builder#pathParam(String)}), which are always percent-encoded as
 * one segment: an id like {@code ../x} never changes the path. Immutable and thread-safe.
 */
public final class ApiRequest {

  private static final Headers NO_HEADERS = Headers.of();

  /** The JSON media type. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final String operation;
  private final String method;
  private final List<String[]> path;
  private final List<Map.Entry<String, String>> query;
  private final Headers headers;
  private final RequestBody body;
  private final Map<String, String> form;
  private final boolean idempotent;
  private final boolean authenticated;
  private final boolean replayable;
  private final boolean passErrorsToHandler;
  private final boolean trailingSlash;
  private final List<String> secretValues;

  private ApiRequest(Builder b) {
    this.operation = b.operation;
    this.method = b.method;
    this.path = List.copyOf(b.path);
    this.query = List.copyOf(b.query);
    this.headers = b.headers == null ? NO_HEADERS : b.headers.build();
    this.form = b.form == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.form));
    this.body = b.body;
    this.idempotent = b.idempotent != null ? b.idempotent : isIdempotentMethod(b.method);
    this.authenticated = b.authenticated;
    this.replayable = b.replayable;
    this.passErrorsToHandler = b.passErrorsToHandler;
    this.trailingSlash = b.trailingSlash;
    this.secretValues = b.secretValues == null ? List.of() : List.copyOf(b.secretValues);
  }

  private static boolean isIdempotentMethod(String m) {
    return switch (m) {
      case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
      default -> false;
    };
  }

  /**
   * Starts a request.
   *
   * @param operation the operation name used in errors and logs, e.g. {@code folders.get}
   * @param method the HTTP method
   * @return a builder; never null
   */
  public static Builder builder(String operation, String method) {
    return new Builder(operation, method);
  }

  /**
   * A GET request.
   *
   * @param operation the operation name
   * @return a builder; never null
   */
  public static Builder get(String operation) {
    return builder(operation, "GET");
  }

  /**
   * A POST request.
   *
   * @param operation the operation name
   * @return a builder; never null
   */
  public static Builder post(String operation) {
    return builder(operation, "POST");
  }

  /**
   * A PUT request.
   *
   * @param operation the operation name
   * @return a builder; never null
   */
  public static Builder put(String operation) {
    return builder(operation, "PUT");
  }

  /**
   * A DELETE request.
   *
   * @param operation the operation name
   * @return a builder; never null
   */
  public static Builder delete(String operation) {
    return builder(operation, "DELETE");
  }

  /**
   * The operation name.
   *
   * @return the name; never null
   */
  public String operation() {
    return operation;
  }

  /**
   * The HTTP method.
   *
   * @return the method; never null
   */
  public String method() {
    return method;
  }

  /**
   * The path segments, each as {@code [text, "literal"|"param"|"secret"]} (a secret is sent as a param).
   *
   * @return the segments; never null
   */
  List<String[]> pathSegments() {
    return path;
  }

  /**
   * The query parameters in order.
   *
   * @return the parameters; never null
   */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /**
   * The headers set on this request.
   *
   * @return the headers; never null
   */
  public Headers headers() {
    return headers;
  }

  /**
   * The body, or null.
   *
   * @return the body
   */
  public RequestBody body() {
    return body;
  }

  /**
   * The form fields when the body is a form, or null.
   *
   * @return the fields
   */
  public Map<String, String> form() {
    return form;
  }

  /**
   * Whether sending the request twice has the same effect as once (retries allowed).
   *
   * @return true when idempotent
   */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * Whether the request carries credentials.
   *
   * @return true when authenticated
   */
  public boolean authenticated() {
    return authenticated;
  }

  /**
   * Whether the body can be sent again (false for a one-shot stream).
   *
   * @return true when replayable
   */
  public boolean replayable() {
    return replayable;
  }

  /**
   * Whether non-2xx replies go to the response handler instead of the error decoder.
   *
   * @return true when the handler sees errors
   */
  public boolean passErrorsToHandler() {
    return passErrorsToHandler;
  }

  /**
   * Whether the path ends with a slash ({@code /api/v1/quarantine/list/}).
   *
   * @return true when it does
   */
  public boolean trailingSlash() {
    return trailingSlash;
  }

  /**
   * A builder holding this request's values.
   *
   * @return a builder; never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(operation, method);
    b.path.addAll(path);
    b.query.addAll(query);
    b.headers = headers.size() == 0 ? null : headers.newBuilder();
    b.body = body;
    b.form = form == null ? null : new LinkedHashMap<>(form);
    b.idempotent = idempotent;
    b.authenticated = authenticated;
    b.replayable = replayable;
    b.passErrorsToHandler = passErrorsToHandler;
    b.trailingSlash = trailingSlash;
    b.secretValues = secretValues.isEmpty() ? null : new ArrayList<>(secretValues);
    return b;
  }

  /**
   * Values this request carries where the redactor cannot see them by name (a password or token inside a
   * JSON body): the transport masks them in every log line and in the exception of a failed call, even when
   * the server echoes them in its error reply.
   *
   * @return the values; never null, often empty
   */
  public List<String> secretValues() {
    return secretValues;
  }

  @Override
  public String toString() {
    StringBuilder p = new StringBuilder();
    for (String[] s : path) {
      p.append('/').append("secret".equals(s[1]) ? Redactor.MASK : s[0]);
    }
    return "ApiRequest[" + operation + " " + method + " " + p + "]";
  }

  /** Builds an {@link ApiRequest}; not thread-safe. */
  public static final class Builder {
    private final String operation;
    private final String method;
    private final List<String[]> path = new ArrayList<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    /** Made on the first header: most requests set none. */
    private Headers.Builder headers;
    private RequestBody body;
    private Map<String, String> form;
    private Boolean idempotent;
    private boolean authenticated = true;
    private boolean replayable = true;
    private boolean passErrorsToHandler;
    private boolean trailingSlash;
    private List<String> secretValues;

    private Builder(String operation, String method) {
      this.operation = Objects.requireNonNull(operation, "operation");
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    }

    /**
     * Appends literal path segments written by the adapter, e.g. {@code "api/v2/orders"}.
     *
     * @param segments slash-separated literal segments
     * @return this builder
     */
    public Builder path(String segments) {
      if (segments.indexOf('/') < 0) {
        // one segment (the usual case, e.g. each segment of a route table): no split
        if (!segments.isEmpty()) {
          path.add(new String[] {segments, "literal"});
          trailingSlash = false;
        }
        return this;
      }
      for (String s : segments.split("/")) {
        if (!s.isEmpty()) {
          path.add(new String[] {s, "literal"});
          trailingSlash = false;
        }
      }
      if (segments.endsWith("/")) {
        trailingSlash = true;
      }
      return this;
    }

    /**
     * Ends the path with a slash, as some back ends require ({@code /api/v1/records/1/2/}). A literal
     * given to {@link #path(String)} that ends with {@code /} does the same.
     *
     * @return this builder
     */
    public Builder trailingSlash() {
      this.trailingSlash = true;
      return this;
    }

    /**
     * Appends one path segment from a user-given value, percent-encoded ({@code /} included).
     *
     * @param value the value; not null, not blank, not {@code .} or {@code ..}
     * @return this builder
     * @throws InvalidArgumentException when the value is null, blank, {@code .} or {@code ..}
     */
    public Builder pathParam(String value) {
      if (value == null || value.isBlank() || value.equals(".") || value.equals("..")) {
        throw new InvalidArgumentException(
            "a path parameter must be a non-blank value other than '.' or '..', was "
                + (value == null ? "null" : "\"" + value + "\""),
            ErrorDetails.of("core", operation));
      }
      path.add(new String[] {value, "param"});
      trailingSlash = false;
      return this;
    }

    /**
     * Appends one path segment that is itself a credential (a share-link key, a token in the path): it is sent as
     * {@link #pathParam(String)} sends it, and masked like a {@link #secretValue(String)} wherever the URL is shown
     * (logs, exception messages, {@link ApiRequest#toString()}).
     *
     * @param value the value; not null, not blank, not {@code .} or {@code ..}
     * @return this builder
     * @throws InvalidArgumentException when the value is null, blank, {@code .} or {@code ..}
     */
    public Builder secretPathParam(String value) {
      if (value == null || value.isBlank() || value.equals(".") || value.equals("..")) {
        // the value is a secret: the message says what is wrong with it without showing it
        throw new InvalidArgumentException("a secret path parameter must be a non-blank value other than '.' or "
            + "'..'", ErrorDetails.of("core", operation));
      }
      path.add(new String[] {value, "secret"});
      trailingSlash = false;
      return secretValue(value);
    }

    /**
     * Appends one path segment from a number.
     *
     * @param value the value
     * @return this builder
     */
    public Builder pathParam(long value) {
      return pathParam(Long.toString(value));
    }

    /**
     * Adds a query parameter; a null value is skipped.
     *
     * @param name the name
     * @param value the value, or null to skip
     * @return this builder
     */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    /**
     * Adds every entry as a query parameter; null values are skipped.
     *
     * @param params the parameters
     * @return this builder
     */
    public Builder queryAll(Map<String, ?> params) {
      params.forEach(this::query);
      return this;
    }

    /**
     * Removes every query parameter of that name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder removeQuery(String name) {
      query.removeIf(e -> e.getKey().equals(name));
      return this;
    }

    /**
     * Sets a header.
     *
     * @param name the name
     * @param value the value, or null to remove it
     * @return this builder
     */
    public Builder header(String name, String value) {
      if (value == null) {
        if (headers != null) {
          headers.removeAll(name);
        }
      } else {
        if (headers == null) {
          headers = new Headers.Builder();
        }
        headers.set(name, value);
      }
      return this;
    }

    /**
     * Sets a replayable body.
     *
     * @param requestBody the body
     * @return this builder
     */
    public Builder body(RequestBody requestBody) {
      return body(requestBody, true);
    }

    /**
     * Sets a body and says whether it can be sent again.
     *
     * @param requestBody the body
     * @param canReplay false for a one-shot stream
     * @return this builder
     */
    public Builder body(RequestBody requestBody, boolean canReplay) {
      this.body = requestBody;
      this.form = null;
      this.replayable = canReplay;
      return this;
    }

    /**
     * Declares a value of this request a secret (a password or token the body carries, where the redactor
     * cannot find it by name, or a value of the query): it is masked in logs and in the exception of a failed
     * call, even when the server echoes it, and in the percent-encoded form a URL gives it. Null and empty values are
     * ignored; values shorter than 4 characters are sent but not masked (masking them would garble messages).
     *
     * @param value the secret value
     * @return this builder
     */
    public Builder secretValue(String value) {
      if (value != null && !value.isEmpty()) {
        if (secretValues == null) {
          secretValues = new ArrayList<>(2);
        }
        secretValues.add(value);
      }
      return this;
    }

    /**
     * Sets a JSON body serialised with the shared mapper.
     *
     * @param value the value (a map, a record, a list...)
     * @return this builder
     * @throws InvalidArgumentException when the value cannot be serialised
     */
    public Builder jsonBody(Object value) {
      try {
        byte[] bytes = GedkitJson.mapper().writeValueAsBytes(value);
        return body(RequestBody.create(bytes, JSON), true);
      } catch (JsonProcessingException e) {
        throw new InvalidArgumentException(
            "the request body cannot be written as JSON: " + e.getOriginalMessage(), ErrorDetails.of("core", operation));
      }
    }

    /**
     * Sets a form body ({@code application/x-www-form-urlencoded}); null values are skipped.
     *
     * @param fields the fields in order
     * @return this builder
     */
    public Builder formBody(Map<String, ?> fields) {
      LinkedHashMap<String, String> f = new LinkedHashMap<>();
      fields.forEach((k, v) -> {
        if (v != null) {
          f.put(k, String.valueOf(v));
        }
      });
      this.form = f;
      this.body = null;
      this.replayable = true;
      return this;
    }

    /**
     * Overrides whether the request is idempotent (by default GET, HEAD, PUT, DELETE and OPTIONS are).
     * Mark a POST idempotent only when the vendor document says repeating it is harmless.
     *
     * @param value whether retries are safe
     * @return this builder
     */
    public Builder idempotent(boolean value) {
      this.idempotent = value;
      return this;
    }

    /**
     * Sets whether the request carries credentials (true by default; false for the login call).
     *
     * @param value whether authenticated
     * @return this builder
     */
    public Builder authenticated(boolean value) {
      this.authenticated = value;
      return this;
    }

    /**
     * Lets the response handler see non-2xx replies instead of the error decoder.
     *
     * @param value whether the handler sees errors
     * @return this builder
     */
    public Builder passErrorsToHandler(boolean value) {
      this.passErrorsToHandler = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request; never null
     */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }

  RequestBody buildBody(Map<String, String> extraFormFields) {
    if (form != null) {
      FormBody.Builder fb = new FormBody.Builder(java.nio.charset.StandardCharsets.UTF_8);
      form.forEach(fb::add);
      extraFormFields.forEach(fb::add);
      return fb.build();
    }
    if (body != null) {
      return body;
    }
    if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      return RequestBody.create(new byte[0], null);
    }
    return null;
  }
}
