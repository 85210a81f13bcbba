package org.gedkit.netexplorer.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.HttpErrors;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.http.ErrorDecoder;

/**
 * Maps NetExplorer error replies: {@code {"error": "..."}} (403 name clash, rights), 401 (token missing or
 * expired: session expired, so the transport logs in again once and replays), 404, 409, 422 (invalid name),
 * 423 (file still being transferred; conflict, retryable later), 429, 5xx. A non-JSON body is kept as the
 * vendor message (HTML is dropped).
 */
public final class NetExplorerErrors implements ErrorDecoder {

  /** The shared instance. */
  public static final NetExplorerErrors INSTANCE = new NetExplorerErrors();

  private NetExplorerErrors() {}

  @Override
  public GedkitException decode(ApiResponse response) {
    String text = response.bodyTextQuietly(8192);
    String message = null;
    String code = null;
    JsonNode node = parse(text);
    if (node != null && node.isObject()) {
      message = textOf(node, "error");
      if (message == null) {
        message = textOf(node, "message");
      }
      code = textOf(node, "code");
      String description = textOf(node, "error_description");
      if (description != null) {
        // an OAuth2 error (RFC 6749, 5.2): "error" is the code, "error_description" the text for people
        code = code == null ? message : code;
        message = description;
      }
    } else if (node != null && node.isTextual()) {
      message = node.asText();
    } else if (text != null && !text.isBlank() && !looksLikeHtml(text)) {
      message = text.strip();
    }
    ErrorDetails d = response.details().withVendor(code, message);
    int status = response.status();
    String summary = HttpErrors.reason(status) + (message == null ? "" : ": " + message);
    if (status == 423) {
      summary = "Locked (the file is still being transferred or is locked)" + (message == null ? "" : ": " + message);
    }
    return HttpErrors.forStatus(status, d, summary, response.retryAfter().orElse(null),
        response.request().authenticated() && status == 401);
  }

  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return NetExplorerJson.mapper().readTree(text);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  private static String textOf(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isValueNode()) {
      String s = v.asText();
      return s.isBlank() ? null : s;
    }
    return v.toString();
  }

  private static boolean looksLikeHtml(String text) {
    String t = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("<!doctype html") || t.startsWith("<html");
  }
}
