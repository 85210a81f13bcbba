package org.gedkit.core.transfer;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.TransportException;

/**
 * The chunked-upload driver adapters plug their protocol into: sends every chunk not yet confirmed,
 * checkpoints the state after each one (so a crash can resume), resends only the chunks the server
 * reports missing, and stops when the server gives the final result. Thread-safe, stateless.
 */
public final class ChunkedUploads {

  private ChunkedUploads() {}

  /**
   * Runs (or resumes) a chunked upload.
   *
   * @param backend the back end name, for errors
   * @param source the content; for a resume, the same content as before
   * @param state where the upload stands (fresh, or saved from an earlier run)
   * @param protocol sends one chunk
   * @param checkpoint receives the state after each confirmed chunk (persist it to resume later)
   * @param listener progress
   * @param clock the clock for progress timing
   * @param <R> the result type
   * @return the server's final result; never null
   * @throws GedkitException when a chunk fails for good; the last checkpoint says what is confirmed
   */
  public static <R> R upload(String backend, UploadSource source, ChunkedUploadState state, ChunkProtocol<R> protocol,
      Consumer<ChunkedUploadState> checkpoint, TransferListener listener, Clock clock) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(protocol, "protocol");
    ErrorDetails ctx = ErrorDetails.of(backend, "chunkedUpload");
    if (source.length() != state.fileSize()) {
      throw new org.gedkit.core.error.InvalidArgumentException("the source has " + source.length()
          + " bytes but the upload state was started for " + state.fileSize(), ctx);
    }
    Consumer<ChunkedUploadState> cp = checkpoint == null ? s -> { } : checkpoint;
    ProgressTracker tracker = new ProgressTracker(listener, state.fileName(), state.fileSize(), clock);
    tracker.started();
    ChunkedUploadState current = state;
    tracker.resetTo(current.confirmedBytes());
    Deque<Integer> queue = new ArrayDeque<>(current.pending());
    int sends = 0;
    int maxSends = current.chunkCount() * 3 + 10;
    R result = null;
    try {
      while (!queue.isEmpty()) {
        int index = queue.removeFirst();
        if (++sends > maxSends) {
          throw new ProtocolException("the server keeps reporting chunks missing; gave up after " + sends
              + " sends", ctx);
        }
        UploadSource chunk;
        try {
          chunk = source.slice(current.chunkOffset(index), current.chunkLength(index));
        } catch (IOException e) {
          throw new TransportException("cannot read chunk " + index + ": " + e.getMessage(), ctx, false, e);
        }
        long before = tracker.transferred();
        ChunkReply<R> reply;
        try {
          reply = protocol.send(current, index, chunk, tracker);
        } catch (GedkitException e) {
          tracker.resetTo(before);
          throw e;
        }
        current = current.withConfirmed(index);
        if (!reply.missingChunks().isEmpty()) {
          current = current.withMissing(reply.missingChunks());
          for (int m : new java.util.TreeSet<>(reply.missingChunks())) {
            if (m >= 0 && m < current.chunkCount() && !queue.contains(m)) {
              queue.addLast(m);
            }
          }
          tracker.resetTo(current.confirmedBytes());
        }
        cp.accept(current);
        if (reply.completedResult().isPresent()) {
          result = reply.completedResult().get();
          if (reply.missingChunks().isEmpty()) {
            queue.clear();
          }
        }
      }
      if (result == null) {
        throw new ProtocolException("every chunk was sent but the server gave no final result", ctx);
      }
      tracker.completed();
      return result;
    } catch (GedkitException e) {
      tracker.failed(e);
      throw e;
    }
  }

  /**
   * Splits a size into chunks as the driver will (for tests and planning).
   *
   * @param fileSize the size
   * @param chunkSize the chunk size
   * @return the number of chunks
   */
  public static int chunkCount(long fileSize, long chunkSize) {
    return (int) Math.max(1, (fileSize + chunkSize - 1) / chunkSize);
  }

  static Clock utc() {
    return Clock.systemUTC();
  }
}
