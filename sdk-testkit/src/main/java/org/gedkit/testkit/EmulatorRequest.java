package org.gedkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import org.gedkit.core.json.GedkitJson;

/**
 * A request as an emulator sees it: method, path, query, headers, form fields, JSON or multipart body.
 */
public final class EmulatorRequest {

  private final RecordedRequest raw;
  private Map<String, String> form;

  EmulatorRequest(RecordedRequest raw) {
    this.raw = raw;
  }

  /**
   * The underlying MockWebServer request.
   *
   * @return the request; never null
   */
  public RecordedRequest raw() {
    return raw;
  }

  /**
   * The HTTP method.
   *
   * @return the method; never null
   */
  public String method() {
    return raw.getMethod();
  }

  /**
   * The decoded path, without the query.
   *
   * @return the path; never null
   */
  public String path() {
    return raw.getUrl().encodedPath().isEmpty() ? "/" : decodePath(raw.getUrl().encodedPath());
  }

  /**
   * The path segments, decoded.
   *
   * @return the segments; never null
   */
  public List<String> pathSegments() {
    return raw.getUrl().pathSegments();
  }

  private static String decodePath(String p) {
    return URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * A query parameter.
   *
   * @param name the name
   * @return the first value; never null
   */
  public Optional<String> query(String name) {
    return Optional.ofNullable(raw.getUrl().queryParameter(name));
  }

  /**
   * A query parameter or form field (like PHP's {@code $_REQUEST}).
   *
   * @param name the name
   * @return the value; never null
   */
  public Optional<String> param(String name) {
    Optional<String> q = query(name);
    return q.isPresent() ? q : Optional.ofNullable(form().get(name));
  }

  /**
   * A header.
   *
   * @param name the name
   * @return the value; never null
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(raw.getHeaders().get(name));
  }

  /**
   * The body bytes.
   *
   * @return the bytes; never null
   */
  public byte[] body() {
    ByteString b = raw.getBody();
    return b == null ? new byte[0] : b.toByteArray();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text; never null
   */
  public String bodyText() {
    ByteString b = raw.getBody();
    return b == null ? "" : b.utf8();
  }

  /**
   * The body as JSON.
   *
   * @return the tree; a missing node when the body is empty or not JSON
   */
  public JsonNode json() {
    try {
      JsonNode n = GedkitJson.mapper().readTree(bodyText());
      return n == null ? GedkitJson.mapper().missingNode() : n;
    } catch (IOException e) {
      return GedkitJson.mapper().missingNode();
    }
  }

  /**
   * The form fields of an {@code application/x-www-form-urlencoded} body.
   *
   * @return the fields; never null
   */
  public synchronized Map<String, String> form() {
    if (form == null) {
      form = new LinkedHashMap<>();
      String ct = header("Content-Type").orElse("");
      if (ct.startsWith("application/x-www-form-urlencoded")) {
        for (String pair : bodyText().split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int eq = pair.indexOf('=');
          String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          form.putIfAbsent(k, v);
        }
      }
    }
    return form;
  }

  /**
   * The parts of a {@code multipart/form-data} body.
   *
   * @return the parts in order; empty when the body is not multipart
   */
  public List<Part> multipart() {
    String ct = header("Content-Type").orElse("");
    int bi = ct.indexOf("boundary=");
    if (!ct.startsWith("multipart/") || bi < 0) {
      return List.of();
    }
    String boundary = ct.substring(bi + 9).replace("\"", "").split(";")[0].trim();
    byte[] body = body();
    byte[] delim = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int pos = indexOf(body, delim, 0);
    while (pos >= 0) {
      int start = pos + delim.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break;
      }
      start += 2; // CRLF
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      if (headerEnd < 0) {
        break;
      }
      String headers = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
      int next = indexOf(body, delim, headerEnd + 4);
      if (next < 0) {
        break;
      }
      int end = next - 2; // CRLF before delimiter
      byte[] content = java.util.Arrays.copyOfRange(body, headerEnd + 4, Math.max(headerEnd + 4, end));
      String name = attr(headers, "name");
      String filename = attr(headers, "filename");
      parts.add(new Part(name, filename, content));
      pos = next;
    }
    return parts;
  }

  private static String attr(String headers, String key) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b" + key + "=\"([^\"]*)\"").matcher(headers);
    return m.find() ? m.group(1) : null;
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * One part of a multipart body.
   *
   * @param name the field name
   * @param filename the file name, or null for a plain field
   * @param content the bytes
   */
  public record Part(String name, String filename, byte[] content) {

    /**
     * The content as UTF-8 text.
     *
     * @return the text; never null
     */
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  @Override
  public String toString() {
    return method() + " " + path();
  }
}
