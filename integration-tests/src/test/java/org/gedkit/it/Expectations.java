package org.gedkit.it;

import static org.gedkit.it.Expected.fails;
import static org.gedkit.it.Expected.recovered;
import static org.gedkit.it.Expected.savedAsIs;

import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.RateLimitedException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.error.TransportException;
import org.gedkit.it.AdapterUnderTest.Kind;
import org.gedkit.it.AdapterUnderTest.Op;
import org.gedkit.it.AdapterUnderTest.Sessions;
import org.gedkit.it.Expected.Writes;

/**
 * The expected outcome of every matrix cell; docs/reliability.md shows the same table (a test checks it).
 * An adapter may give its own outcome for a cell ({@link AdapterUnderTest#expectation}); otherwise reads,
 * listings and downloads follow {@link #ofRead} and writes and uploads {@link #ofWrite}.
 */
final class Expectations {

  private Expectations() {}

  static Expected of(AdapterUnderTest adapter, Op op, FaultCase fault) {
    Expected own = adapter.expectation(op, fault);
    if (own != null) {
      return own;
    }
    return switch (op.kind()) {
      case READ, LIST, DOWNLOAD -> ofRead(adapter, op, fault);
      case WRITE, UPLOAD -> op.idempotent() ? ofIdempotentWrite(adapter, op, fault) : ofWrite(adapter, op, fault);
    };
  }

  static Expected ofRead(AdapterUnderTest adapter, Op op, FaultCase fault) {
    return switch (fault) {
      case CONNECTION_REFUSED -> fails(TransportException.class, true,
          "every attempt refused, nothing reached a server");
      case RESET_BEFORE_REPLY, DROPPED_DURING_UPLOAD -> recovered("the idempotent GET is sent again");
      case RESET_MID_BODY -> recovered("the idempotent GET is sent again"
          + (op.kind() == Kind.DOWNLOAD ? ", the download restarts into a fresh temporary file" : ""));
      case STATUS_429_RETRY_AFTER_SECONDS -> recovered("waits the 2 s asked (injected sleeper), then retries");
      case STATUS_503_RETRY_AFTER_DATE -> recovered("waits until the HTTP-date (injected sleeper), then retries");
      case STATUS_500 -> fails(ServerException.class, false, "500 is not retried (the server may have acted)");
      case READ_TIMEOUT -> recovered("the timed-out idempotent GET is sent again");
      case TRUNCATED_BODY -> op.kind() == Kind.DOWNLOAD
          ? savedAsIs("a cut body whose Content-Length matches is indistinguishable at the HTTP level; "
              + "caught only by an expected checksum, ZIP extraction or XML parsing")
          : fails(ProtocolException.class, false, "invalid JSON");
      case HTML_PAGE_200 -> op.kind() == Kind.DOWNLOAD
          ? (op.name().equals("documents.proof")
              ? savedAsIs("stream proofs are saved as sent; ProofResult.format() is UNKNOWN")
              : fails(ProtocolException.class, false, "HTML where an XML export was expected; nothing is written"))
          : fails(ProtocolException.class, false, "HTML where JSON was expected");
      case WRONG_SHAPE -> op.kind() == Kind.DOWNLOAD
          ? savedAsIs("a download has no JSON shape to check; "
              + (op.name().equals("documents.proof") ? "ProofResult.format() is UNKNOWN" : "parsing the file fails later"))
          : fails(ProtocolException.class, false, "JSON of the wrong shape");
      case WRONG_CONTENT_TYPE -> recovered("the body is read whatever the declared type");
      case SESSION_EXPIRED -> adapter.sessions() == Sessions.RENEWABLE
          ? recovered("exactly one new login (or refresh), then the call is replayed")
          : fails(AuthenticationException.class, false, "a revoked fixed token cannot be renewed");
    };
  }

  /**
   * A write the transport may not replay once it reached the server (a plain POST): never sent twice, so
   * the emulator applied it at most once; the exception says whether calling again is safe.
   */
  static Expected ofWrite(AdapterUnderTest adapter, Op op, FaultCase fault) {
    return switch (fault) {
      case CONNECTION_REFUSED -> fails(TransportException.class, true,
          "every attempt refused, nothing reached a server").writes(Writes.NONE);
      case RESET_BEFORE_REPLY, DROPPED_DURING_UPLOAD -> fails(TransportException.class, false,
          "the request reached the server and no reply came: not replayed, the outcome is unknown to the client")
          .writes(Writes.NONE);
      case RESET_MID_BODY -> fails(TransportException.class, false,
          "the server acted but the reply was cut: not replayed, so never applied twice").writes(Writes.ONCE);
      case STATUS_429_RETRY_AFTER_SECONDS, STATUS_503_RETRY_AFTER_DATE -> fails(RateLimitedException.class, true,
          "the server refused it before acting; a non-idempotent call is never replayed blindly, "
              + "retryAfter() gives the wait").writes(Writes.NONE);
      case STATUS_500 -> fails(ServerException.class, false, "500 is not retried (the server may have acted)")
          .writes(Writes.NONE);
      case READ_TIMEOUT -> fails(TransportException.class, false,
          "the server acted but answered too late: not replayed, so never applied twice").writes(Writes.ONCE);
      case TRUNCATED_BODY -> fails(ProtocolException.class, false,
          "the server acted, its reply is invalid JSON: not replayed").writes(Writes.ONCE);
      case HTML_PAGE_200 -> fails(ProtocolException.class, false, "HTML where JSON was expected")
          .writes(Writes.NONE);
      case WRONG_SHAPE -> fails(ProtocolException.class, false, "JSON of the wrong shape").writes(Writes.NONE);
      case WRONG_CONTENT_TYPE -> recovered("the body is read whatever the declared type").writes(Writes.ONCE);
      case SESSION_EXPIRED -> adapter.sessions() == Sessions.RENEWABLE
          ? recovered("refused with the stale session (nothing done), one new login, then sent again")
              .writes(Writes.ONCE)
          : fails(AuthenticationException.class, false, "a revoked fixed token cannot be renewed")
              .writes(Writes.NONE);
    };
  }

  /** A write the adapter marks replayable (PUT, DELETE, or a POST the vendor says may be repeated). */
  static Expected ofIdempotentWrite(AdapterUnderTest adapter, Op op, FaultCase fault) {
    Expected read = ofRead(adapter, op, fault);
    String what = op.kind() == Kind.UPLOAD ? "the chunk" : "the idempotent " + op.method();
    return switch (fault) {
      case CONNECTION_REFUSED -> read.writes(Writes.NONE);
      case RESET_BEFORE_REPLY, RESET_MID_BODY, READ_TIMEOUT, DROPPED_DURING_UPLOAD ->
          recovered(what + " is sent again (same effect)").writes(Writes.AT_LEAST_ONCE);
      case STATUS_429_RETRY_AFTER_SECONDS, STATUS_503_RETRY_AFTER_DATE -> read.writes(Writes.ONCE);
      case STATUS_500, HTML_PAGE_200, WRONG_SHAPE -> read.writes(Writes.NONE);
      case TRUNCATED_BODY -> fails(ProtocolException.class, false, "the server acted, its reply is invalid JSON")
          .writes(Writes.ONCE);
      case WRONG_CONTENT_TYPE -> read.writes(Writes.ONCE);
      case SESSION_EXPIRED -> read.error() == null ? read.writes(Writes.ONCE) : read.writes(Writes.NONE);
    };
  }
}
