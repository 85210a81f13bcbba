package org.gedkit.phraseanet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.HttpErrors;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.http.ErrorDecoder;
import org.gedkit.core.json.GedkitJson;

/**
 * The one place where Phraseanet's {@code {meta, response}} envelope is unwrapped and where
 * {@code meta.http_code} / {@code error_type} / {@code error_message} / {@code error_details} become
 * {@link GedkitException}s, whatever the HTTP status (JSONP replies are HTTP 200 with the real code only
 * in {@code meta}). API 1.0 servers omit {@code error_type}; that is accepted.
 */
public final class Envelope {

  /** The decoder given to the transport for non-2xx replies. */
  public static final ErrorDecoder ERROR_DECODER = Envelope::decodeError;

  /** {@code error_details} text the server uses for a permission refusal sent as 401. */
  static final String NOT_AUTHORIZED = "not authorized";

  private Envelope() {}

  /**
   * Reads a 2xx reply, checks its {@code meta} and returns its {@code response} object.
   *
   * @param r the reply
   * @return the {@code response} object; never null (an object, possibly empty)
   * @throws GedkitException the mapped error when {@code meta} reports one; a {@code ProtocolException}
   *     when the reply is not an envelope
   */
  public static JsonNode unwrap(ApiResponse r) {
    JsonNode root = readTree(r);
    if (!root.isObject() || !root.path("meta").isObject()) {
      throw r.protocolError("the reply is not a Phraseanet {meta, response} envelope");
    }
    JsonNode meta = root.get("meta");
    Integer code = httpCode(meta);
    if (code == null) {
      throw r.protocolError("meta.http_code is missing or not a number");
    }
    if (code < 200 || code > 299) {
      throw toException(code, meta, r.details(), r.retryAfter().orElse(null));
    }
    JsonNode response = root.get("response");
    if (response == null || response.isNull() || (response.isArray() && response.isEmpty())) {
      // PHP sends [] for an empty array and the documents promise {}; both mean "no data"
      return GedkitJson.mapper().createObjectNode();
    }
    if (!response.isObject()) {
      throw r.protocolError("the envelope's response is not an object but " + response.getNodeType());
    }
    return response;
  }

  /**
   * Reads the body as a tree. A connection dropped mid-body is a retryable {@link TransportException};
   * the core transport only retries statuses of its policy, and the 2xx status of the headers already
   * received would stop it, so the status is left out of that exception's context (core change asked
   * for: do not filter transport failures by status).
   */
  private static JsonNode readTree(ApiResponse r) {
    try {
      return r.jsonTree();
    } catch (TransportException e) {
      ErrorDetails d = e.details();
      ErrorDetails noStatus = new ErrorDetails(d.backend(), d.operation(), d.httpMethod(), d.redactedUrl(), null,
          d.vendorCode(), d.vendorMessage());
      throw new TransportException(e.reason(), noStatus, e.isRetryable(), e.getCause() == null ? e : e.getCause());
    }
  }

  /**
   * Decodes a non-2xx reply: the envelope's {@code meta} when there is one, the HTTP status otherwise.
   *
   * @param r the reply
   * @return the exception; never null
   */
  public static GedkitException decodeError(ApiResponse r) {
    String text = r.bodyTextQuietly(16 * 1024);
    JsonNode root = parseQuietly(text);
    Duration retryAfter = r.retryAfter().orElse(null);
    if (root != null && root.path("meta").isObject()) {
      JsonNode meta = root.get("meta");
      Integer code = httpCode(meta);
      int effective = code == null || (code >= 200 && code <= 299) ? r.status() : code;
      return toException(effective, meta, r.details(), retryAfter);
    }
    String snippet = looksLikeHtml(text) ? null : oneLine(text);
    ErrorDetails d = r.details().withVendor(null, snippet == null || snippet.isEmpty() ? null : snippet);
    return HttpErrors.forStatus(r.status(), d, HttpErrors.reason(r.status()), retryAfter, false);
  }

  /**
   * Maps a {@code meta} block reporting an error to the exception kind.
   *
   * <ul>
   *   <li>401 whose message or details say "not authorized" → {@link PermissionDeniedException}
   *       (Phraseanet answers permission checks with 401 "You are not authorized");
   *   <li>other 401 → {@link AuthenticationException}, not "session expired": an OAuth access token
   *       cannot be renewed by the SDK, so replaying would not help;
   *   <li>anything else → by code, through {@link HttpErrors#forStatus}.
   * </ul>
   *
   * @param code the error code from {@code meta.http_code}
   * @param meta the meta block
   * @param base the call's context
   * @param retryAfter the Retry-After header, or null
   * @return the exception; never null
   */
  static GedkitException toException(int code, JsonNode meta, ErrorDetails base, Duration retryAfter) {
    String type = text(meta, "error_type");
    String message = text(meta, "error_message");
    String details = text(meta, "error_details");
    String vendorMessage = message == null ? details
        : details == null || details.equals(message) ? message : message + ": " + details;
    ErrorDetails d = base.withStatus(code).withVendor(type, vendorMessage);
    String reason = type != null ? type : HttpErrors.reason(code);
    if (code == 401) {
      String all = ((message == null ? "" : message) + " " + (details == null ? "" : details)).toLowerCase(Locale.ROOT);
      if (all.contains(NOT_AUTHORIZED)) {
        return new PermissionDeniedException("the token's user is not allowed to do this (Phraseanet answers 401)", d);
      }
      return new AuthenticationException(reason + ": the OAuth token is missing, invalid or revoked", d, false);
    }
    return HttpErrors.forStatus(code, d, reason, retryAfter, false);
  }

  static Integer httpCode(JsonNode meta) {
    JsonNode c = meta.get("http_code");
    if (c == null || c.isNull()) {
      return null;
    }
    if (c.isIntegralNumber()) {
      return c.asInt();
    }
    if (c.isTextual()) {
      try {
        return Integer.valueOf(c.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.isValueNode() ? v.asText() : v.toString();
    return s.isBlank() ? null : s.strip();
  }

  private static JsonNode parseQuietly(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return GedkitJson.mapper().readTree(text);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean looksLikeHtml(String text) {
    String t = text == null ? "" : text.stripLeading().toLowerCase(Locale.ROOT);
    return t.startsWith("<!doctype html") || t.startsWith("<html");
  }

  private static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
