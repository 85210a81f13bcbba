package org.gedkit.core.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.http.HttpTransport;

/**
 * The download engine every adapter uses: streams the body to the target, computes and verifies the
 * checksum as bytes pass, resumes with an HTTP {@code Range} request after a dropped connection, and,
 * for a file target, writes to a temporary sibling moved into place only when complete and verified
 * (nothing half-written is ever left under the target name). Thread-safe, stateless.
 */
public final class Downloads {

  private Downloads() {}

  /**
   * Downloads the body of {@code request} to {@code target}.
   *
   * @param transport the transport
   * @param request a GET (or other idempotent) request whose reply body is the content
   * @param target where the bytes go
   * @param options verification, listener, resumes
   * @return what was downloaded; never null
   * @throws ChecksumMismatchException when the bytes do not match the expected checksum
   * @throws TransportException when the connection fails and resuming is not possible or exhausted
   * @throws GedkitException for any error reply
   */
  public static DownloadResult download(HttpTransport transport, ApiRequest request, DownloadTarget target,
      DownloadOptions options) {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(target, "target");
    DownloadOptions opts = options == null ? DownloadOptions.defaults() : options;
    Path finalPath = target.path().orElse(null);
    Path temp = null;
    ErrorDetails ctx = transport.details(request.operation());
    State st = new State(opts.algorithm().map(ChecksumAlgorithm::newDigest).orElse(null));
    ProgressTracker tracker = new ProgressTracker(opts.listener(),
        finalPath != null ? finalPath.getFileName().toString() : request.operation(), -1, transport.clock());
    boolean ok = false;
    try {
      if (finalPath != null) {
        Path dir = finalPath.getParent();
        if (dir != null) {
          Files.createDirectories(dir);
        }
        temp = (dir == null ? Path.of(".") : dir).resolve("." + finalPath.getFileName() + ".gedkit-part-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        st.temp = temp;
        st.out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } else {
        st.out = target.stream().orElseThrow();
      }
      tracker.started();
      int resumes = 0;
      while (true) {
        ApiRequest attempt = st.written == 0 ? request
            : request.toBuilder().header("Range", "bytes=" + st.written + "-").build();
        IOException drop = transport.execute(attempt, resp -> {
          if (opts.rejectHtml()) {
            refuseHtml(resp);
          }
          return copy(resp, st, tracker);
        });
        if (drop == null) {
          break;
        }
        if (resumes >= opts.maxResumes() || !request.idempotent()) {
          // a file target is left untouched, so calling again is safe; a stream that already holds bytes cannot
          // be rewound, so calling again into it would repeat them
          boolean streamHoldsBytes = st.temp == null && st.written > 0;
          throw new TransportException("the download was cut after " + st.written + " bytes"
              + (opts.maxResumes() > 0 ? " and " + resumes + " resumes" : "")
              + (streamHoldsBytes ? " written to the output stream, which cannot be rewound: not sent again (call"
                  + " again with a fresh stream)" : "")
              + ": " + drop.getMessage(), ctx, !streamHoldsBytes, drop);
        }
        resumes++;
        st.resumes = resumes;
      }
      if (finalPath != null) {
        st.out.close();
        st.out = null;
      } else {
        st.out.flush();
      }
      Checksum computed = st.digest == null ? null : Checksum.of(opts.algorithm().orElseThrow(), st.digest);
      ChecksumVerification verification = ChecksumVerification.NOT_REQUESTED;
      if (opts.expectedChecksum().isPresent()) {
        Checksum expected = opts.expectedChecksum().get();
        if (!expected.equals(computed)) {
          throw new ChecksumMismatchException(ctx, expected.algorithm().jcaName(), expected.hex(),
              computed == null ? "?" : computed.hex());
        }
        verification = ChecksumVerification.VERIFIED;
      } else if (computed != null) {
        verification = ChecksumVerification.NOT_VERIFIABLE;
      }
      if (finalPath != null) {
        moveIntoPlace(temp, finalPath);
      }
      ok = true;
      tracker.completed();
      return new DownloadResult(st.written, finalPath, computed, verification, st.resumes);
    } catch (IOException e) {
      GedkitException ge = new TransportException("cannot write the download: " + e.getMessage(), ctx, false, e);
      tracker.failed(ge);
      throw ge;
    } catch (GedkitException e) {
      tracker.failed(e);
      throw e;
    } finally {
      if (finalPath != null) {
        if (st.out != null) {
          try {
            st.out.close();
          } catch (IOException ignored) {
            // already failing
          }
        }
        if (!ok && temp != null) {
          try {
            Files.deleteIfExists(temp);
          } catch (IOException ignored) {
            // best effort
          }
        }
      }
    }
  }

  private static final class State {
    MessageDigest digest;
    long written;
    int resumes;
    Path temp;
    OutputStream out;

    State(MessageDigest digest) {
      this.digest = digest;
    }
  }

  /** Copies the body; returns null when complete, or the IOException that cut it. */
  private static IOException copy(ApiResponse resp, State st, ProgressTracker tracker) throws IOException {
    if (st.written > 0) {
      if (resp.status() == 206) {
        long start = contentRangeStart(resp);
        if (start != st.written) {
          throw new ProtocolException("asked to resume at byte " + st.written + " but the server sent the range "
              + resp.header("Content-Range").orElse("(none)"), resp.details());
        }
        tracker.resetTo(st.written);
      } else {
        if (st.temp == null) {
          throw new ProtocolException("the server cannot resume the download at byte " + st.written
              + " (it answered " + resp.status() + ") and the stream target cannot be rewound", resp.details());
        }
        // the server ignored the Range header and sends everything again: start over, in a fresh stream
        // (the old one's position is past the bytes being replaced)
        st.out.close();
        st.out = Files.newOutputStream(st.temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        st.written = 0;
        if (st.digest != null) {
          st.digest.reset();
        }
        tracker.resetTo(0);
      }
    }
    return copyBody(resp, st.out, st, tracker);
  }

  private static IOException copyBody(ApiResponse resp, OutputStream out, State st, ProgressTracker tracker)
      throws IOException {
    byte[] buf = new byte[64 * 1024];
    var in = resp.bodyStream();
    while (true) {
      int n;
      try {
        n = in.read(buf);
      } catch (IOException e) {
        if (st.written == 0) {
          // nothing written anywhere yet: a plain failed call, which the transport retries under its policy
          // (an idempotent request) without spending a resume
          throw e;
        }
        return e;
      }
      if (n < 0) {
        return null;
      }
      try {
        out.write(buf, 0, n);
      } catch (IOException e) {
        // the target refused the bytes: not the connection's fault, and sending again cannot help
        throw new TransportException("cannot write the download: " + e.getMessage(), resp.details(), false, e);
      }
      if (st.digest != null) {
        st.digest.update(buf, 0, n);
      }
      st.written += n;
      tracker.add(n);
    }
  }

  private static void refuseHtml(ApiResponse resp) {
    resp.contentType().ifPresent(t -> {
      if (t.subtype().toLowerCase(java.util.Locale.ROOT).contains("html")) {
        throw resp.protocolError("expected a download but the server sent " + t.type() + "/" + t.subtype()
            + " (a proxy or login page?); nothing was written");
      }
    });
  }

  private static long contentRangeStart(ApiResponse resp) {
    return resp.header("Content-Range").map(v -> {
      String s = v.trim();
      int sp = s.indexOf(' ');
      int dash = s.indexOf('-');
      try {
        return sp >= 0 && dash > sp ? Long.parseLong(s.substring(sp + 1, dash).trim()) : -1L;
      } catch (NumberFormatException e) {
        return -1L;
      }
    }).orElse(-1L);
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
