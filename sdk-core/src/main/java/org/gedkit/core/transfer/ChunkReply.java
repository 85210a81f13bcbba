package org.gedkit.core.transfer;

import java.util.Optional;
import java.util.Set;

/**
 * What the server answered to one chunk: accepted, the final result, and/or the chunks it reports
 * missing.
 *
 * @param result the final result (after the last chunk), or null
 * @param missingChunks the chunks the server says it lacks, never null
 * @param <R> the result type
 */
public record ChunkReply<R>(R result, Set<Integer> missingChunks) {

  /**
   * Checks and normalises the components.
   *
   * @param result see the record description
   * @param missingChunks see the record description
   */
  public ChunkReply {
    missingChunks = missingChunks == null ? Set.of() : Set.copyOf(missingChunks);
  }

  /**
   * The chunk was accepted; more are expected.
   *
   * @param <R> the result type
   * @return the reply; never null
   */
  public static <R> ChunkReply<R> accepted() {
    return new ChunkReply<>(null, Set.of());
  }

  /**
   * The upload is complete.
   *
   * @param result the final result
   * @param <R> the result type
   * @return the reply; never null
   */
  public static <R> ChunkReply<R> completed(R result) {
    return new ChunkReply<>(result, Set.of());
  }

  /**
   * The server lacks these chunks.
   *
   * @param missing the chunk indexes
   * @param <R> the result type
   * @return the reply; never null
   */
  public static <R> ChunkReply<R> missing(Set<Integer> missing) {
    return new ChunkReply<>(null, missing);
  }

  /**
   * The final result, if the upload is complete.
   *
   * @return the result; never null
   */
  public Optional<R> completedResult() {
    return Optional.ofNullable(result);
  }
}
