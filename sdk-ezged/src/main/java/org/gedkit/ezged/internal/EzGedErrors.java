package org.gedkit.ezged.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.HttpErrors;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.http.ErrorDecoder;
import org.gedkit.ezged.EzGedSessionLimitException;

/** Maps EzGED {@code errorcode}s (in a 200 reply or not) and HTTP statuses to Gedkit exceptions. */
public final class EzGedErrors implements ErrorDecoder {

  /** errorcode: no valid session. */
  public static final int SESSION_GONE = 401;
  /** errorcode: the maximum number of sessions is reached. */
  public static final int SESSION_LIMIT = -18;

  private EzGedErrors() {}

  /** The decoder for non-2xx replies. */
  public static ErrorDecoder decoder() {
    return new EzGedErrors();
  }

  @Override
  public GedkitException decode(ApiResponse response) {
    String text = response.bodyTextQuietly(64 * 1024);
    JsonNode root = Wire.parseQuietly(text);
    Envelope e = Envelope.parse(root);
    if (e != null && e.errorCode() != 0) {
      return fromCode(e.errorCode(), e.message(), response.details());
    }
    String msg = e != null && e.message() != null ? e.message() : HttpErrors.reason(response.status());
    return HttpErrors.forStatus(response.status(), response.details(), msg, response.retryAfter().orElse(null),
        response.status() == 401 && !Wire.AUTHENTICATE.equals(response.details().operation()));
  }

  /** Maps an in-body errorcode. */
  public static GedkitException fromCode(int code, String message, ErrorDetails ctx) {
    ErrorDetails d = ctx.withVendor(Integer.toString(code), message);
    String msg = message == null || message.isBlank() ? "EzGED errorcode " + code : message;
    boolean login = Wire.AUTHENTICATE.equals(ctx.operation());
    switch (code) {
      case SESSION_GONE:
        return new AuthenticationException(login ? "authentication refused: " + msg : "the EzGED session is gone: " + msg,
            d, !login);
      case SESSION_LIMIT:
        return new EzGedSessionLimitException(msg, d);
      case 403:
        return new PermissionDeniedException(msg, d);
      case 404:
        return new NotFoundException(msg, d);
      default:
        if (login) {
          return new AuthenticationException("authentication refused: " + msg, d, false);
        }
        return new ServerException(msg, d, false, null);
    }
  }
}
