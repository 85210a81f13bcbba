package org.gedkit.it;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.gedkit.testkit.Fault;

/** The faults of the matrix: each is injected once on the operation's path (or, for a listing, on its second page). */
enum FaultCase {
  CONNECTION_REFUSED("connection refused (closed port)"),
  RESET_BEFORE_REPLY("reset before the reply"),
  RESET_MID_BODY("reset in the middle of the body"),
  STATUS_429_RETRY_AFTER_SECONDS("429 with Retry-After: 2"),
  STATUS_503_RETRY_AFTER_DATE("503 with Retry-After: <HTTP-date in 3 s>"),
  STATUS_500("500"),
  READ_TIMEOUT("reply delayed beyond the read timeout"),
  TRUNCATED_BODY("body cut in half (Content-Length matching)"),
  HTML_PAGE_200("HTML error page with status 200"),
  WRONG_SHAPE("JSON of the wrong shape ([1,2,3])"),
  WRONG_CONTENT_TYPE("normal body as text/plain"),
  SESSION_EXPIRED("session/token expired (mid-paging for a listing)"),
  /** Only for uploads: the connection drops once the second chunk was sent, before its acknowledgement. */
  DROPPED_DURING_UPLOAD("connection dropped during the upload (after the first chunk)");

  final String label;

  FaultCase(String label) {
    this.label = label;
  }

  /**
   * Whether this fault applies to an operation of this kind (the upload drop only to uploads).
   *
   * @param kind the operation's kind
   * @return true when the cell exists
   */
  boolean appliesTo(AdapterUnderTest.Kind kind) {
    return this != DROPPED_DURING_UPLOAD || kind == AdapterUnderTest.Kind.UPLOAD;
  }

  /**
   * Whether the fault is armed by the operation's {@code midway} hook rather than before the call.
   *
   * @param kind the operation's kind
   * @return true for a listing (faults hit the second page) and for the upload drop
   */
  boolean injectedMidway(AdapterUnderTest.Kind kind) {
    return kind == AdapterUnderTest.Kind.LIST || this == DROPPED_DURING_UPLOAD;
  }

  /** The read timeout the matrix clients use. */
  static final Duration READ_TIMEOUT_SETTING = Duration.ofMillis(300);

  /**
   * The emulator fault, or null for the cases not done by fault injection.
   *
   * @return the fault
   */
  Fault fault() {
    return switch (this) {
      case RESET_BEFORE_REPLY, DROPPED_DURING_UPLOAD -> Fault.resetBeforeReply();
      case RESET_MID_BODY -> Fault.resetMidBody();
      case STATUS_429_RETRY_AFTER_SECONDS -> Fault.status(429, "2");
      case STATUS_503_RETRY_AFTER_DATE -> Fault.status(503,
          DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3)));
      case STATUS_500 -> Fault.status(500);
      case READ_TIMEOUT -> Fault.delay(READ_TIMEOUT_SETTING.multipliedBy(5));
      case TRUNCATED_BODY -> Fault.truncatedBody();
      case HTML_PAGE_200 -> Fault.htmlErrorPage(200);
      case WRONG_SHAPE -> Fault.wrongShape("[1,2,3]");
      case WRONG_CONTENT_TYPE -> Fault.wrongContentType();
      case CONNECTION_REFUSED, SESSION_EXPIRED -> null;
    };
  }
}
