package org.gedkit.core.transfer;

/**
 * How one back end sends a chunk; {@link ChunkedUploads} drives it.
 *
 * @param <R> the final result type (the uploaded file's model)
 */
@FunctionalInterface
public interface ChunkProtocol<R> {

  /**
   * Sends one chunk.
   *
   * @param state the upload state (size, chunk size, attributes)
   * @param index the chunk index, from 0
   * @param chunk the chunk's bytes (replayable)
   * @param tracker counts the bytes sent
   * @return what the server answered; never null
   */
  ChunkReply<R> send(ChunkedUploadState state, int index, UploadSource chunk, ProgressTracker tracker);
}
