package org.gedkit.it;

import static org.gedkit.it.Expected.fails;
import static org.gedkit.it.Expected.recovered;
import static org.gedkit.it.Expected.savedAsIs;

import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.error.TransportException;
import org.gedkit.it.AdapterUnderTest.Kind;
import org.gedkit.it.AdapterUnderTest.Op;
import org.gedkit.it.AdapterUnderTest.Sessions;

/** The expected outcome of every matrix cell; docs/reliability.md shows the same table (a test checks it). */
final class Expectations {

  private Expectations() {}

  static Expected of(AdapterUnderTest adapter, Op op, FaultCase fault) {
    return switch (fault) {
      case CONNECTION_REFUSED -> fails(TransportException.class, true,
          "every attempt refused, nothing reached a server");
      case RESET_BEFORE_REPLY -> recovered("the idempotent GET is sent again");
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
}
