package org.gedkit.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.HttpErrors;

/** The decoder behind {@link ErrorDecoder#standard()}. */
final class StandardErrorDecoder implements ErrorDecoder {

  static final StandardErrorDecoder INSTANCE = new StandardErrorDecoder();

  private StandardErrorDecoder() {}

  @Override
  public GedkitException decode(ApiResponse response) {
    String text = response.bodyTextQuietly(8192);
    String code = null;
    String message = null;
    JsonNode node = ApiResponse.parseTreeQuietly(text);
    if (node != null && node.isObject()) {
      message = firstText(node, "message", "error_message", "errors", "error", "desc", "detail", "errmsg", "errormsg");
      code = firstText(node, "code", "err", "error_type", "errorcode");
      if (code != null && code.equals(message)) {
        code = null;
      }
    } else if (node != null && node.isTextual()) {
      message = node.asText();
    } else if (text != null && !text.isBlank() && !looksLikeHtml(text)) {
      message = text.strip();
    }
    ErrorDetails d = response.details().withVendor(code, message);
    return HttpErrors.forStatus(
        response.status(),
        d,
        HttpErrors.reason(response.status()),
        response.retryAfter().orElse(null),
        response.request().authenticated() && response.status() == 401);
  }

  static String firstText(JsonNode node, String... names) {
    for (String n : names) {
      JsonNode v = node.get(n);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isValueNode()) {
        String s = v.asText();
        if (!s.isBlank()) {
          return s;
        }
      } else if (v.isObject() || v.isArray()) {
        JsonNode inner = v.isArray() && v.size() > 0 ? v.get(0) : v;
        String s = inner.isValueNode() ? inner.asText() : firstText(inner, "message", "desc", "error");
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  static boolean looksLikeHtml(String text) {
    String t = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("<!doctype html") || t.startsWith("<html");
  }
}
