package org.gedkit.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.json.GedkitJson;

/**
 * A reply being read inside {@link HttpTransport#execute(ApiRequest, ResponseHandler)}. Every JSON read
 * goes through here so that a malformed or unexpected reply becomes a {@link ProtocolException} naming
 * the back end and the operation, never a raw Jackson exception. Not thread-safe; valid only inside
 * the handler.
 */
public final class ApiResponse {

  private final Response response;
  private final ApiRequest request;
  private final java.util.function.Supplier<ErrorDetails> detailsSupplier;
  private ErrorDetails details;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final java.util.function.Function<Class<?>, JavaType> types;

  ApiResponse(Response response, ApiRequest request, java.util.function.Supplier<ErrorDetails> details, ObjectMapper mapper,
      Clock clock, java.util.function.Function<Class<?>, JavaType> types) {
    this.response = response;
    this.request = request;
    this.detailsSupplier = details;
    this.mapper = mapper;
    this.clock = clock;
    this.types = types;
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return response.code();
  }

  /**
   * Whether the status is 2xx.
   *
   * @return true for 2xx
   */
  public boolean isSuccessful() {
    return response.isSuccessful();
  }

  /**
   * The request that got this reply.
   *
   * @return the request; never null
   */
  public ApiRequest request() {
    return request;
  }

  /**
   * The context for errors raised while reading this reply (status included).
   *
   * @return the details; never null
   */
  public ErrorDetails details() {
    // built on first use: the redacted URL costs work on every call otherwise
    if (details == null) {
      details = detailsSupplier.get();
    }
    return details;
  }

  /**
   * A header value.
   *
   * @param name the header name
   * @return the value; never null
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(response.header(name));
  }

  /**
   * All headers.
   *
   * @return the headers; never null
   */
  public Headers headers() {
    return response.headers();
  }

  /**
   * The {@code Retry-After} wait, if the server gave one.
   *
   * @return the wait; never null
   */
  public Optional<Duration> retryAfter() {
    return RetryAfter.parse(response.header("Retry-After"), clock);
  }

  /**
   * The body's media type.
   *
   * @return the type; never null
   */
  public Optional<MediaType> contentType() {
    ResponseBody b = response.body();
    return Optional.ofNullable(b.contentType());
  }

  /**
   * The body length when the server said it.
   *
   * @return the length; never null
   */
  public OptionalLong contentLength() {
    long n = response.body().contentLength();
    return n < 0 ? OptionalLong.empty() : OptionalLong.of(n);
  }

  /**
   * The raw body as a stream (closed by the transport after the handler).
   *
   * @return the stream; never null
   */
  public InputStream bodyStream() {
    return response.body().byteStream();
  }

  /**
   * The body as UTF-8 text, at most {@code maxChars} characters; the rest is not read.
   *
   * @param maxChars the cap
   * @return the text; never null
   * @throws IOException when reading fails
   */
  public String bodyText(int maxChars) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (var reader = new java.io.InputStreamReader(response.body().byteStream(), StandardCharsets.UTF_8)) {
      char[] buf = new char[4096];
      int n;
      while (sb.length() < maxChars && (n = reader.read(buf, 0, Math.min(buf.length, maxChars - sb.length()))) > 0) {
        sb.append(buf, 0, n);
      }
    }
    return sb.toString();
  }

  /**
   * The body as text, or an empty string when it cannot be read.
   *
   * @param maxChars the cap
   * @return the text; never null
   */
  public String bodyTextQuietly(int maxChars) {
    try {
      return bodyText(maxChars);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /**
   * Reads the JSON body as a type.
   *
   * @param type the type
   * @param <T> the type
   * @return the value; null only if the body is the JSON literal {@code null}
   * @throws ProtocolException when the body is not JSON of that shape
   */
  public <T> T json(Class<T> type) {
    return json(types.apply(type));
  }

  /**
   * Reads the JSON body as a generic type.
   *
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws ProtocolException when the body is not JSON of that shape
   */
  public <T> T json(TypeReference<T> type) {
    return json(mapper.getTypeFactory().constructType(type));
  }

  /**
   * Reads the JSON body as a Jackson type.
   *
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws ProtocolException when the body is not JSON of that shape
   */
  public <T> T json(JavaType type) {
    rejectHtml();
    try (InputStream in = jsonStream()) {
      return mapper.readValue(in, type);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new org.gedkit.core.error.TransportException(
          "the reply body could not be read: " + e.getMessage(), details(), request.idempotent(), e);
    }
  }

  /**
   * Reads the JSON body as a tree.
   *
   * @return the tree; never null (an empty body gives a missing node)
   * @throws ProtocolException when the body is not JSON
   */
  public JsonNode jsonTree() {
    rejectHtml();
    try (InputStream in = jsonStream()) {
      JsonNode n = mapper.readTree(in);
      return n == null ? mapper.missingNode() : n;
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new org.gedkit.core.error.TransportException(
          "the reply body could not be read: " + e.getMessage(), details(), request.idempotent(), e);
    }
  }

  /**
   * Converts a part of a JSON tree to a type.
   *
   * @param node the part
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws ProtocolException when the part does not have that shape
   */
  public <T> T convert(JsonNode node, Class<T> type) {
    return convert(node, types.apply(type));
  }

  /**
   * Converts a part of a JSON tree to a generic type.
   *
   * @param node the part
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws ProtocolException when the part does not have that shape
   */
  public <T> T convert(JsonNode node, TypeReference<T> type) {
    return convert(node, mapper.getTypeFactory().constructType(type));
  }

  /**
   * Converts a part of a JSON tree to a Jackson type.
   *
   * @param node the part
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws ProtocolException when the part does not have that shape
   */
  public <T> T convert(JsonNode node, JavaType type) {
    return JsonConversion.convert(mapper, node, type, details());
  }

  /**
   * A {@link ProtocolException} for this reply.
   *
   * @param message what is wrong with it
   * @return the exception (to throw); never null
   */
  public ProtocolException protocolError(String message) {
    return new ProtocolException(message, details());
  }

  /**
   * The stream a JSON body is parsed from (streamed, so memory stays flat on big listings). With a known length, each
   * read fills the parser's buffer: okio hands out at most the rest of one 8 KiB segment per read, so every other
   * read of a large body would give the parser a few bytes, and it would reload and take its slow path for each name
   * cut at the end of its buffer. The server has promised the bytes, so waiting for them is what the parser would do
   * anyway. Without a length (a chunked reply that may trickle), reads are passed through as they come. (Reading
   * small replies whole into a byte array was tried: 2 to 3 % slower to parse than this, and more allocation.)
   */
  private InputStream jsonStream() {
    ResponseBody body = response.body();
    InputStream in = body.byteStream();
    return body.contentLength() < 0 ? in : new FullReads(in);
  }

  /** An input stream whose reads return as many bytes as asked for, unless the stream ends first. */
  private static final class FullReads extends java.io.FilterInputStream {
    FullReads(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int total = 0;
      while (total < len) {
        int n = in.read(b, off + total, len - total);
        if (n < 0) {
          return total == 0 ? -1 : total;
        }
        total += n;
      }
      return total;
    }
  }

  private void rejectHtml() {
    // parsing the media type costs work on every reply: a Content-Type header that does not mention html is enough
    // (without the header, the body's own type is parsed, as before)
    String raw = response.header("Content-Type");
    if (raw != null && !containsHtml(raw)) {
      return;
    }
    MediaType ct = response.body().contentType();
    if (ct != null && ct.subtype().toLowerCase(Locale.ROOT).contains("html")) {
      String snippet = bodyTextQuietly(200).replaceAll("\\s+", " ").trim();
      throw new ProtocolException("expected JSON but the server sent " + ct.type() + "/" + ct.subtype()
          + (snippet.isEmpty() ? "" : ": " + snippet), details());
    }
  }

  private static boolean containsHtml(String s) {
    for (int i = 0, n = s.length() - 3; i < n; i++) {
      char c = s.charAt(i);
      if ((c == 'h' || c == 'H') && s.regionMatches(true, i, "html", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  private ProtocolException malformed(JsonProcessingException e) {
    String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ")";
    return new ProtocolException("the reply is not the JSON expected" + where + ": " + e.getOriginalMessage(), details(),
        false, null);
  }

  static JsonNode parseTreeQuietly(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return GedkitJson.mapper().readTree(text);
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }
}
