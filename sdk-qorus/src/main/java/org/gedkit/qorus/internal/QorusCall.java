package org.gedkit.qorus.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.json.GedkitJson;
import org.gedkit.core.paging.Page;
import org.gedkit.core.paging.PagedIterable;

/**
 * The ONE place that builds Qorus REST v2 calls: {@code METHOD /api/v2/<group>/<id>...?action=<action>}
 * with the arguments as URI parameters (GET, DELETE) or as a JSON hash in the body (PUT, POST), as the
 * document says ("either as URI arguments or in the message body").
 *
 * <p>Obtain one from {@link QorusContext#call}; not thread-safe (one per call), immutable once sent.
 */
public final class QorusCall {

  /**
   * The arguments of a sensitive call that carry sensitive data, as the REST API v2 document names them: the key
   * value ({@code svalue}), the data ({@code data}, {@code sensitive_data}) and its aliases. The key type
   * ({@code skey}) and the metadata are not secret.
   */
  private static final java.util.List<String> SENSITIVE_ARGS = java.util.List.of("svalue", "data", "sensitive_data",
      "aliases");

  /** How a stream action copies its reply: the core download loop, without resumes or HTML refusal. */
  private static final org.gedkit.core.transfer.DownloadOptions STREAM_OPTIONS =
      org.gedkit.core.transfer.DownloadOptions.builder().maxResumes(0).rejectHtml(false).build();

  private final QorusContext ctx;
  private final String operation;
  private final String method;
  /** Path segments after {@code api/v2}: {@link Literal}s (slash separated, split by the request builder) and ids. */
  private final java.util.List<Object> segments = new java.util.ArrayList<>(4);
  private String action;
  private final Map<String, Object> args = new LinkedHashMap<>();
  private boolean sensitive;
  /** Values declared secret beyond the sensitive arguments found by name (a YAML body's own values). */
  private java.util.List<Object> secrets;
  private Boolean idempotent;
  private JsonNode rawBody;

  QorusCall(QorusContext ctx, String operation, String method, String group) {
    this.ctx = ctx;
    this.operation = operation;
    this.method = method;
    if (group != null && !group.isEmpty()) {
      segments.add(new Literal(group));
    }
  }

  private record Literal(String text) {}

  /**
   * Appends a user value as one path segment ({@code {id}}, {@code {id_or_name}}, ...), checked first: it
   * is sent percent-encoded, so slashes, {@code ?} or {@code #} stay inside the segment; {@code .} and
   * {@code ..} (which no encoding keeps from changing the path) are refused, as are IDs below 1.
   *
   * @param name the argument name, for the error
   * @param value the value; not null or blank, not {@code .} or {@code ..}; a number at least 1
   * @return this
   */
  public QorusCall id(String name, Object value) {
    if (value == null || value.toString().isBlank()) {
      throw ctx.invalid(operation, name + " must not be null or blank");
    }
    if (value instanceof Number n && n.longValue() < 1) {
      throw ctx.invalid(operation, name + " must be a positive ID, got " + n);
    }
    if (value.toString().equals(".") || value.toString().equals("..")) {
      throw ctx.invalid(operation, name + " must not be a dot segment, got \"" + value + "\"");
    }
    segments.add(value.toString());
    return this;
  }

  /**
   * Appends literal path segments after the ids ({@code orders}, {@code errors}, ...).
   *
   * @param literal the segments, slash separated
   * @return this
   */
  public QorusCall then(String literal) {
    segments.add(new Literal(literal));
    return this;
  }

  /**
   * Sets the {@code action} URI argument.
   *
   * @param value the action name
   * @return this
   */
  public QorusCall action(String value) {
    this.action = value;
    return this;
  }

  /**
   * Adds one argument; null values are left out.
   *
   * @param name the wire name
   * @param value the value (strings, numbers, booleans, lists, maps, dates)
   * @return this
   */
  public QorusCall arg(String name, Object value) {
    if (value != null) {
      args.put(name, value);
    }
    return this;
  }

  /**
   * Adds a required argument, refusing null (and blank strings, and empty collections) before sending.
   *
   * @param name the wire name
   * @param value the value
   * @return this
   */
  public QorusCall required(String name, Object value) {
    if (value == null || value instanceof String s && s.isBlank()
        || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
      throw ctx.invalid(operation, name + " must not be null or empty");
    }
    args.put(name, value);
    return this;
  }

  /**
   * Adds a required argument whose Java name differs from its wire name; the error names both.
   *
   * @param name the wire name
   * @param value the value; not null, blank or empty
   * @param argument the Java parameter name, for the error
   * @return this
   */
  public QorusCall required(String name, Object value, String argument) {
    if (value == null || value instanceof String s && s.isBlank()
        || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
      throw ctx.invalid(operation, argument + " (" + name + ") must not be null or empty");
    }
    args.put(name, value);
    return this;
  }

  /**
   * Refuses a negative number (counts, IDs, limits, priorities, delays) before sending.
   *
   * @param argument the Java parameter name, for the error
   * @param value the value; null passes (an optional argument left out)
   * @return this
   */
  public QorusCall notNegative(String argument, Number value) {
    if (value != null && value.longValue() < 0) {
      throw ctx.invalid(operation, argument + " must not be negative, got " + value);
    }
    return this;
  }

  /**
   * Refuses a value outside the ones the document allows (a string that is really an enum).
   *
   * @param argument the Java parameter name, for the error
   * @param value the value; null passes (an optional argument left out)
   * @param allowed the values the document lists
   * @return this
   */
  public QorusCall oneOf(String argument, String value, String... allowed) {
    if (value != null && !java.util.Arrays.asList(allowed).contains(value)) {
      throw ctx.invalid(operation, argument + " must be one of " + java.util.Arrays.toString(allowed)
          + ", got \"" + value + "\"");
    }
    return this;
  }

  /**
   * Adds every entry of a required map of arguments (null refused; an empty map adds nothing).
   *
   * @param argument the Java parameter name, for the error
   * @param more the arguments
   * @return this
   */
  public QorusCall requiredArgs(String argument, Map<String, ?> more) {
    if (more == null) {
      throw ctx.invalid(operation, argument + " must not be null");
    }
    return args(more);
  }

  /**
   * Adds every non-null entry of a map of arguments.
   *
   * @param more the arguments; may be null
   * @return this
   */
  public QorusCall args(Map<String, ?> more) {
    if (more != null) {
      more.forEach(this::arg);
    }
    return this;
  }

  /**
   * Uses {@code body} as the whole JSON body (for operations whose body is not an argument hash).
   *
   * @param body the body
   * @return this
   */
  public QorusCall rawBody(JsonNode body) {
    this.rawBody = body;
    return this;
  }

  /**
   * Marks the call as carrying sensitive data: refused over plain http, and its arguments never logged.
   *
   * @return this
   */
  public QorusCall sensitive() {
    this.sensitive = true;
    return this;
  }

  /**
   * Declares the values of {@code value} (a text, a number, or every value of a map or list, at any depth) secret:
   * sent as they are, masked in the logs and errors of this call. For a sensitive argument sent in another form
   * than it was given (a map sent as YAML text).
   *
   * @param value the value, or null for none
   * @return this
   */
  public QorusCall secrets(Object value) {
    if (value != null) {
      if (secrets == null) {
        secrets = new java.util.ArrayList<>(2);
      }
      secrets.add(value);
    }
    return this;
  }

  /**
   * Marks the call as sensitive when {@code condition} holds.
   *
   * @param condition whether sensitive data is sent
   * @return this
   */
  public QorusCall sensitiveIf(boolean condition) {
    this.sensitive |= condition;
    return this;
  }

  /**
   * Marks a POST as safe to retry.
   *
   * @param value true when replaying cannot do harm
   * @return this
   */
  public QorusCall idempotent(boolean value) {
    this.idempotent = value;
    return this;
  }

  /**
   * The request this call sends.
   *
   * @return the request
   */
  public ApiRequest build() {
    if (sensitive) {
      ctx.requireSecure(operation);
    }
    ApiRequest.Builder b = ApiRequest.builder(operation, method).path("api/v2");
    for (Object s : segments) {
      if (s instanceof Literal l) {
        b.path(l.text());
      } else {
        b.pathParam((String) s);
      }
    }
    b.query("action", action);
    if (sensitive) {
      // the sensitive data's key value and the data itself, should the server echo them or a log show the query
      for (String name : SENSITIVE_ARGS) {
        declareSecret(b, args.get(name));
      }
      declareKeyValues(b, args.get("sensitive_data"));
    }
    if (secrets != null) {
      secrets.forEach(v -> declareSecret(b, v));
    }
    boolean bodyArgs = "PUT".equals(method) || "POST".equals(method);
    if (bodyArgs) {
      b.jsonBody(rawBody != null ? rawBody : args);
    } else {
      args.forEach((k, v) -> b.query(k, uriValue(v)));
    }
    return b.idempotent(idempotent != null ? idempotent : isIdempotentByDefault()).build();
  }

  /**
   * GET and DELETE are retried; a PUT only without an action (a plain update); a PUT or POST with an
   * action (run a job, retry an order, add a note...) is never replayed blindly once it reached the server.
   */
  private boolean isIdempotentByDefault() {
    return "GET".equals(method) || "DELETE".equals(method) || "PUT".equals(method) && action == null;
  }

  /** Formats a value as a Qorus URI argument: lists comma separated, dates ISO-8601, maps as JSON. */
  static String uriValue(Object v) {
    if (v instanceof Collection<?> c) {
      StringJoiner j = new StringJoiner(",");
      c.forEach(e -> j.add(uriValue(e)));
      return j.toString();
    }
    if (v instanceof OffsetDateTime || v instanceof ZonedDateTime || v instanceof Instant) {
      return v.toString();
    }
    if (v instanceof TemporalAccessor t) {
      return t.toString();
    }
    if (v instanceof Map<?, ?> m) {
      try {
        return GedkitJson.mapper().writeValueAsString(m);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException("argument cannot be written as JSON", e);
      }
    }
    return Objects.toString(v);
  }

  /**
   * Sends the call and reads the reply as {@code type}.
   *
   * @param type the reply type
   * @param <T> the reply type
   * @return the reply
   */
  public <T> T send(Class<T> type) {
    return ctx.transport().execute(build(), type);
  }

  /**
   * Sends the call and reads the reply as {@code type}.
   *
   * @param type the reply type
   * @param <T> the reply type
   * @return the reply
   */
  public <T> T send(TypeReference<T> type) {
    return ctx.transport().execute(build(), type);
  }

  /**
   * Sends the call and reads the reply as a list of {@code type}: a JSON list, a hash keyed by ID whose
   * values are the elements, or a single hash (one element); an empty list for an empty reply.
   *
   * @param type the element type
   * @param <T> the element type
   * @return the list; never null
   */
  public <T> List<T> sendList(Class<T> type) {
    JavaType t = GedkitJson.mapper().getTypeFactory().constructCollectionType(List.class, type);
    return ctx.transport().execute(build(), (ApiResponse r) -> {
      JsonNode n = r.jsonTree();
      if (n == null || n.isNull() || n.isMissingNode()) {
        return List.of();
      }
      if (n.isObject()) {
        // a hash keyed by ID whose values are the elements, or (the document says "a hash" for some
        // multi-object actions) one element on its own
        boolean keyed = n.size() > 0;
        for (JsonNode e : n) {
          keyed &= e.isObject();
        }
        if (!keyed) {
          return List.of(r.convert(n, type));
        }
        List<T> l = new java.util.ArrayList<>();
        n.elements().forEachRemaining(e -> l.add(r.<T>convert(e, type)));
        return List.copyOf(l);
      }
      List<T> list = r.convert(n, t);
      return List.copyOf(list);
    });
  }

  /**
   * Sends the call and reads the reply as a map (empty when the server returned nothing).
   *
   * @return the map; never null
   */
  public Map<String, Object> sendMap() {
    return ctx.transport().execute(build(), (ApiResponse r) -> {
      JsonNode n = r.jsonTree();
      if (n == null || n.isNull() || n.isMissingNode()) {
        return Map.of();
      }
      if (!n.isObject()) {
        throw r.protocolError("expected a hash, got " + n.getNodeType());
      }
      Map<String, Object> m = r.convert(n, new TypeReference<LinkedHashMap<String, Object>>() {});
      return java.util.Collections.unmodifiableMap(m);
    });
  }

  /**
   * Sends the call and returns the reply as a JSON tree ({@code NullNode} for an empty reply).
   *
   * @return the tree; never null
   */
  public JsonNode sendTree() {
    return ctx.transport().execute(build(), (ApiResponse r) -> {
      JsonNode n = r.jsonTree();
      return n == null || n.isMissingNode() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : n;
    });
  }

  /**
   * Sends the call and copies the raw reply body to {@code out} as it arrives (never held whole in
   * memory), for stream actions and large results.
   *
   * <p>A reply that breaks before its first byte reached {@code out} may be sent again (an idempotent
   * call); once bytes were written it never is, since {@code out} cannot be rewound: the call ends with a
   * {@link org.gedkit.core.error.TransportException} that says not to retry into the same stream.
   *
   * @param out where the bytes go (not closed)
   * @return the number of bytes copied
   */
  public long sendTo(java.io.OutputStream out) {
    Objects.requireNonNull(out, "out");
    // the core's download loop: copied as it comes, never sent again once bytes reached the stream (a service
    // stream is no file: no Range resume, and its content may be any type, HTML included)
    return org.gedkit.core.transfer.Downloads.download(ctx.transport(), build(),
        org.gedkit.core.transfer.DownloadTarget.toStream(out), STREAM_OPTIONS).bytes();
  }

  /** Sends the call and ignores the reply ("OK" for most actions). */
  public void sendDiscarding() {
    ctx.transport().executeDiscarding(build());
  }

  /**
   * Sends the call whose reply is a YAML-serialised string and parses the YAML into a map.
   *
   * @return the map; empty when the server returned no data
   */
  public Map<String, Object> sendYamlMap() {
    JsonNode n = sendTree();
    if (n.isNull()) {
      return Map.of();
    }
    if (!n.isTextual()) {
      throw new org.gedkit.core.error.ProtocolException("expected a YAML string, got " + n.getNodeType(),
          ctx.transport().details(operation));
    }
    return QorusYaml.parseMap(n.textValue(), ctx.transport().details(operation));
  }

  /**
   * A lazy listing: each page is this call with {@code limit} and {@code offset} added.
   *
   * @param pageSize the page size (the {@code limit} argument)
   * @param type the element type
   * @param <T> the element type
   * @return the lazy listing
   */
  public <T> PagedIterable<T> paged(int pageSize, Class<T> type) {
    if (sensitive) {
      ctx.requireSecure(operation);
    }
    // the core checks the page size (InvalidArgumentException naming this operation)
    return PagedIterable.offsetBased(ctx.transport().details(operation), pageSize, req -> {
      QorusCall page = copy();
      page.args.put("limit", req.limit());
      page.args.put("offset", req.offset());
      List<T> items = page.sendList(type);
      return Page.of(items);
    });
  }

  /** Declares every scalar inside {@code value} a secret of the request (the transport masks those of 4+ chars). */
  private static void declareSecret(ApiRequest.Builder b, Object value) {
    if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> declareSecret(b, v));
    } else if (value instanceof Iterable<?> list) {
      list.forEach(v -> declareSecret(b, v));
    } else if (value instanceof JsonNode n) {
      if (n.isContainerNode()) {
        n.forEach(v -> declareSecret(b, v));
      } else if (!n.isNull()) {
        b.secretValue(n.asText());
      }
    } else if (value != null) {
      b.secretValue(String.valueOf(value));
    }
  }

  /** {@code sensitive_data} is {@code {skey: {svalue: data}}}: its second-level keys are key values, secrets too. */
  private static void declareKeyValues(ApiRequest.Builder b, Object sensitiveData) {
    if (sensitiveData instanceof Map<?, ?> byType) {
      for (Object byValue : byType.values()) {
        if (byValue instanceof Map<?, ?> m) {
          m.keySet().forEach(k -> declareSecret(b, k));
        }
      }
    }
  }

  private QorusCall copy() {
    QorusCall c = new QorusCall(ctx, operation, method, null);
    c.segments.addAll(segments);
    c.action = action;
    c.args.putAll(args);
    c.sensitive = sensitive;
    c.secrets = secrets == null ? null : new java.util.ArrayList<>(secrets);
    c.idempotent = idempotent;
    c.rawBody = rawBody;
    return c;
  }

  /**
   * An argument check failure for this call.
   *
   * @param message what is wrong
   * @return the exception to throw
   */
  public InvalidArgumentException invalid(String message) {
    return ctx.invalid(operation, message);
  }
}
