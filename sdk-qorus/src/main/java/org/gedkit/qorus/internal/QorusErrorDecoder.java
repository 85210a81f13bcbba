package org.gedkit.qorus.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.HttpErrors;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.http.ErrorDecoder;
import org.gedkit.core.json.GedkitJson;

/**
 * Decodes the three Qorus error body forms into the Gedkit hierarchy, keeping the Qorus error code
 * ({@code err}) as the vendor code:
 * <ul>
 *   <li>a bare JSON string ({@code "ORDER-ARG-ERROR: order 12 ..."}; 400 for {@code *-ARG-ERROR}, 404);</li>
 *   <li>a JSON hash {@code {"err": "...", "desc": "...", "arg": ...}} (403, 409 for every other error);</li>
 *   <li>plain text such as {@code 409 Conflict: DUPLICATE-ORDER-KEY: <description>}.</li>
 * </ul>
 * Code first, status second: {@code *-NOT-FOUND} is a NotFound, {@code *-ARG-ERROR} an invalid argument,
 * {@code DUPLICATE-*} a conflict, {@code *-ACCESS-ERROR}/{@code AUTHORIZATION-ERROR} a permission error,
 * whatever the status; otherwise the status decides.
 */
public final class QorusErrorDecoder implements ErrorDecoder {

  /** {@code [409 Conflict: ]CODE: description}; a code is upper-case letters, digits and dashes. */
  private static final Pattern TEXT =
      Pattern.compile("^(?:\\d{3}(?: [A-Za-z][A-Za-z -]*)?:\\s*)?([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?::\\s*(.*))?$",
          Pattern.DOTALL);

  private final boolean renewableSession;

  /**
   * Creates the decoder.
   *
   * @param renewableSession true when a 401 means "the token expired, log in again" (session mode)
   */
  public QorusErrorDecoder(boolean renewableSession) {
    this.renewableSession = renewableSession;
  }

  /** A decoded error body. @param code the Qorus code or null @param message the description */
  record Decoded(String code, String message) {}

  @Override
  public GedkitException decode(ApiResponse response) {
    String body = response.bodyTextQuietly(64 * 1024);
    Decoded d = parse(body);
    int status = response.status();
    ErrorDetails details = response.details().withVendor(d.code(), d.message());
    String message = (d.code() == null ? HttpErrors.reason(status) : d.code())
        + (d.message() == null || d.message().isBlank() ? "" : ": " + d.message());
    // a 401 on the login itself (wstoken, public/login) is bad credentials, never an expired token
    boolean renewable = renewableSession && response.request().authenticated();
    return classify(status, d.code(), details, message, response, renewable);
  }

  static GedkitException classify(int status, String code, ErrorDetails details, String message,
      ApiResponse response, boolean renewable) {
    if (code != null) {
      if (code.endsWith("NOT-FOUND") || code.startsWith("UNKNOWN-")) {
        return new NotFoundException(message, details);
      }
      if (code.endsWith("-ARG-ERROR")) {
        return new InvalidArgumentException(message, details);
      }
      if (code.startsWith("DUPLICATE-")) {
        return new ConflictException(message, details);
      }
      if (code.equals("AUTHORIZATION-ERROR") || code.endsWith("-ACCESS-ERROR")) {
        return new PermissionDeniedException(message, details);
      }
      if (code.equals("AUTHENTICATION-ERROR") && status != 401) {
        return new AuthenticationException(message, details, false);
      }
    }
    if (status == 401) {
      return new AuthenticationException(message, details, renewable);
    }
    return HttpErrors.forStatus(status, details, message, response == null ? null : response.retryAfter().orElse(null),
        false);
  }

  /**
   * Reads the code and description out of any of the three body forms.
   *
   * @param body the body text; may be null
   * @return the decoded parts (code null when none is recognisable)
   */
  static Decoded parse(String body) {
    if (body == null || body.isBlank()) {
      return new Decoded(null, null);
    }
    String text = body.strip();
    if (text.startsWith("{") || text.startsWith("\"")) {
      try {
        JsonNode n = GedkitJson.mapper().readTree(text);
        if (n != null && n.isObject()) {
          String code = n.hasNonNull("err") ? n.get("err").asText() : null;
          String desc = n.hasNonNull("desc") ? n.get("desc").asText()
              : n.hasNonNull("message") ? n.get("message").asText() : null;
          return new Decoded(code, desc);
        }
        if (n != null && n.isTextual()) {
          text = n.textValue().strip();
        }
      } catch (java.io.IOException e) {
        // not JSON after all: read it as text
      }
    }
    Matcher m = TEXT.matcher(text);
    if (m.matches()) {
      return new Decoded(m.group(1), m.group(2) == null ? null : m.group(2).strip());
    }
    return new Decoded(null, text.length() > 500 ? text.substring(0, 500) : text);
  }
}
