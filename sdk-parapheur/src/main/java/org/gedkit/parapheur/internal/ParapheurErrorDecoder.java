package org.gedkit.parapheur.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.HttpErrors;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.http.ErrorDecoder;
import org.gedkit.core.json.GedkitJson;

/**
 * The one place where Maarch Parapheur error replies ({@code {"errors": "<message>"}}) become Gedkit
 * exceptions. The message is always kept as the vendor message.
 *
 * <ul>
 *   <li>400 "Document does not exist" → {@link NotFoundException} (the server uses 400, not 404)
 *   <li>other 400 → {@code InvalidArgumentException}
 *   <li>401 → {@link AuthenticationException}; marked expired (renew and replay once) in token mode
 *   <li>403 "Password expired…" and "Authentication unauthorized" → {@link AuthenticationException}
 *   <li>403 "The document is still being processed" → {@link ConflictException}, retryable later
 *   <li>other 403 ("Document out of perimeter"…) → {@link PermissionDeniedException}
 *   <li>anything else → by status ({@link HttpErrors})
 * </ul>
 */
public final class ParapheurErrorDecoder implements ErrorDecoder {

  /** The message of a missing document. */
  public static final String DOCUMENT_DOES_NOT_EXIST = "Document does not exist";
  /** The message of a proof asked before the workflow ended. */
  public static final String STILL_BEING_PROCESSED = "The document is still being processed";

  private final boolean tokenMode;

  /**
   * Creates the decoder.
   *
   * @param tokenMode true when calls carry a renewable JWT: a 401 then means "expired, renew once"
   */
  public ParapheurErrorDecoder(boolean tokenMode) {
    this.tokenMode = tokenMode;
  }

  @Override
  public GedkitException decode(ApiResponse response) {
    int status = response.status();
    String message = vendorMessage(response.bodyTextQuietly(8192));
    ErrorDetails d = response.details().withVendor(null, message);
    String reason = message != null ? message : HttpErrors.reason(status);
    String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
    switch (status) {
      case 400:
        if (lower.equals(DOCUMENT_DOES_NOT_EXIST.toLowerCase(Locale.ROOT))) {
          return new NotFoundException(reason, d);
        }
        return HttpErrors.forStatus(400, d, reason, null, false);
      case 401:
        return new AuthenticationException(reason, d, tokenMode && response.request().authenticated());
      case 403:
        if (lower.startsWith("password expired")) {
          return new AuthenticationException(reason + " (change the password in Maarch Parapheur)", d, false);
        }
        if (lower.equals("authentication unauthorized")) {
          return new AuthenticationException(reason
              + " (REST users cannot use the token flow: use AuthMode.BASIC)", d, false);
        }
        if (lower.equals(STILL_BEING_PROCESSED.toLowerCase(Locale.ROOT))) {
          return new ConflictException(reason + " (the workflow is not finished; try again later)", d, true, null);
        }
        return new PermissionDeniedException(reason, d);
      default:
        return HttpErrors.forStatus(status, d, reason, response.retryAfter().orElse(null), false);
    }
  }

  /**
   * The {@code errors} text of an error body: a string, or the first string of an array.
   *
   * @param body the body text
   * @return the message, or null when the body holds none
   */
  static String vendorMessage(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = GedkitJson.mapper().readTree(body);
      if (node == null || !node.isObject()) {
        return null;
      }
      JsonNode errors = node.get("errors");
      if (errors == null || errors.isNull()) {
        return null;
      }
      if (errors.isArray()) {
        errors = errors.size() == 0 ? null : errors.get(0);
      }
      if (errors == null || !errors.isValueNode()) {
        return null;
      }
      String s = errors.asText();
      return s.isBlank() ? null : s;
    } catch (Exception e) {
      return null;
    }
  }
}
