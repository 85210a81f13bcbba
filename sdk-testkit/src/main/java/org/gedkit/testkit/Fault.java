package org.gedkit.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the emulators can inject in place of (or on top of) a normal reply.
 *
 * @param kind what goes wrong
 * @param status the HTTP status (for {@link Kind#STATUS} and {@link Kind#HTML_ERROR_PAGE})
 * @param retryAfter the {@code Retry-After} header value to send, or null
 * @param delay how long to wait before answering (for {@link Kind#DELAY})
 * @param body the body to send (for {@link Kind#STATUS}, {@link Kind#WRONG_SHAPE},
 *     {@link Kind#WRONG_CONTENT_TYPE}), or null
 */
public record Fault(Kind kind, int status, String retryAfter, Duration delay, String body) {

  /** The kinds of fault. */
  public enum Kind {
    /** The connection is closed before any reply. */
    RESET_BEFORE_REPLY,
    /** The reply starts, then the connection is closed in the middle of the body. */
    RESET_MID_BODY,
    /** A given status (with optional {@code Retry-After} and body) instead of the reply. */
    STATUS,
    /** The normal reply, after a delay (a slow server; longer than the client's read timeout = timeout). */
    DELAY,
    /** The normal reply with its body cut in half (the length header matching the cut body). */
    TRUNCATED_BODY,
    /** An HTML error page with the given status (200 included). */
    HTML_ERROR_PAGE,
    /** A valid JSON reply of the wrong shape, status 200. */
    WRONG_SHAPE,
    /** The normal body sent with a wrong content type ({@code text/plain}). */
    WRONG_CONTENT_TYPE
  }

  /**
   * Checks the kind.
   *
   * @param kind see the record description
   * @param status see the record description
   * @param retryAfter see the record description
   * @param delay see the record description
   * @param body see the record description
   */
  public Fault {
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * The connection closes before any reply.
   *
   * @return the fault; never null
   */
  public static Fault resetBeforeReply() {
    return new Fault(Kind.RESET_BEFORE_REPLY, 0, null, null, null);
  }

  /**
   * The connection closes in the middle of the body.
   *
   * @return the fault; never null
   */
  public static Fault resetMidBody() {
    return new Fault(Kind.RESET_MID_BODY, 0, null, null, null);
  }

  /**
   * A status instead of the reply.
   *
   * @param status the HTTP status
   * @return the fault; never null
   */
  public static Fault status(int status) {
    return new Fault(Kind.STATUS, status, null, null, null);
  }

  /**
   * A status with a {@code Retry-After} value (seconds or an HTTP-date).
   *
   * @param status the HTTP status
   * @param retryAfter the header value
   * @return the fault; never null
   */
  public static Fault status(int status, String retryAfter) {
    return new Fault(Kind.STATUS, status, retryAfter, null, null);
  }

  /**
   * A status with a body.
   *
   * @param status the HTTP status
   * @param body the body (JSON or text)
   * @return the fault; never null
   */
  public static Fault statusWithBody(int status, String body) {
    return new Fault(Kind.STATUS, status, null, null, body);
  }

  /**
   * The normal reply after a delay.
   *
   * @param d the delay
   * @return the fault; never null
   */
  public static Fault delay(Duration d) {
    return new Fault(Kind.DELAY, 0, null, d, null);
  }

  /**
   * The normal reply, body cut in half.
   *
   * @return the fault; never null
   */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED_BODY, 0, null, null, null);
  }

  /**
   * An HTML error page.
   *
   * @param status the HTTP status (200 for a proxy page served as success)
   * @return the fault; never null
   */
  public static Fault htmlErrorPage(int status) {
    return new Fault(Kind.HTML_ERROR_PAGE, status, null, null, null);
  }

  /**
   * Valid JSON of the wrong shape.
   *
   * @param json the JSON body, e.g. {@code [1,2,3]}
   * @return the fault; never null
   */
  public static Fault wrongShape(String json) {
    return new Fault(Kind.WRONG_SHAPE, 200, null, null, json);
  }

  /**
   * The normal body with a {@code text/plain} content type.
   *
   * @return the fault; never null
   */
  public static Fault wrongContentType() {
    return new Fault(Kind.WRONG_CONTENT_TYPE, 0, null, null, null);
  }
}
