package org.gedkit.core.error;

import java.time.Duration;

/**
 * Maps an HTTP status to the right kind of {@link GedkitException}: the one place where statuses become
 * kinds, used by every adapter's error decoding.
 */
public final class HttpErrors {

  private HttpErrors() {}

  /**
   * The exception for an HTTP status.
   *
   * <ul>
   *   <li>400, 405, 406, 413, 414, 415, 422 → {@link InvalidArgumentException}
   *   <li>401 → {@link AuthenticationException} (session expired when {@code sessionExpired})
   *   <li>403 → {@link PermissionDeniedException}
   *   <li>404, 410 → {@link NotFoundException}
   *   <li>409, 412, 423 → {@link ConflictException}
   *   <li>429 → {@link RateLimitedException}
   *   <li>408 → {@link TransportException} (retryable)
   *   <li>502, 503, 504 → {@link ServerException} (retryable); 503 with Retry-After → {@link RateLimitedException}
   *   <li>other 5xx → {@link ServerException} (not retryable)
   *   <li>anything else → {@link ProtocolException}
   * </ul>
   *
   * @param status the HTTP status
   * @param details the call's context, with status and vendor code set
   * @param message the message to carry
   * @param retryAfter the server's Retry-After, or null
   * @param sessionExpired for 401, whether a session that used to work has expired
   * @return the exception; never null
   */
  public static GedkitException forStatus(
      int status, ErrorDetails details, String message, Duration retryAfter, boolean sessionExpired) {
    switch (status) {
      case 400, 405, 406, 413, 414, 415, 422:
        return new InvalidArgumentException(message, details);
      case 401:
        return new AuthenticationException(message, details, sessionExpired);
      case 403:
        return new PermissionDeniedException(message, details);
      case 404, 410:
        return new NotFoundException(message, details);
      case 409, 412, 423:
        return new ConflictException(message, details);
      case 429:
        return new RateLimitedException(message, details, retryAfter);
      case 408:
        return new TransportException(message, details, true, null);
      case 503:
        if (retryAfter != null) {
          return new RateLimitedException(message, details, retryAfter);
        }
        return new ServerException(message, details, true, null);
      case 502, 504:
        return new ServerException(message, details, true, null);
      default:
        if (status >= 500 && status <= 599) {
          return new ServerException(message, details, false, null);
        }
        if (status >= 400 && status <= 499) {
          return new InvalidArgumentException(message, details);
        }
        return new ProtocolException(message, details);
    }
  }

  /**
   * A short reason for a status, e.g. {@code "Not Found"}.
   *
   * @param status the status
   * @return the reason; never null
   */
  public static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 412 -> "Precondition Failed";
      case 422 -> "Unprocessable Entity";
      case 423 -> "Locked";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "HTTP " + status;
    };
  }
}
