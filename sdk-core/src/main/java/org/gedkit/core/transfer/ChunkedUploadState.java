package org.gedkit.core.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.json.GedkitJson;

/**
 * Where a chunked upload stands: which chunks the server confirmed. Immutable; persist it with
 * {@link #toJson()} after each checkpoint and give it back to resume after a crash (only the missing
 * chunks are sent again).
 *
 * @param uploadId an id for this upload (the adapter's or a random one)
 * @param fileName the name uploaded
 * @param fileSize the total bytes
 * @param chunkSize the bytes per chunk (the last may be shorter)
 * @param confirmed the indexes (from 0) the server confirmed
 * @param attributes adapter-specific values (target folder id...), kept as given
 */
public record ChunkedUploadState(String uploadId, String fileName, long fileSize, long chunkSize,
    SortedSet<Integer> confirmed, Map<String, String> attributes) {

  /**
   * Checks and normalises the components.
   *
   * @param uploadId see the record description
   * @param fileName see the record description
   * @param fileSize see the record description
   * @param chunkSize see the record description
   * @param confirmed see the record description
   * @param attributes see the record description
   */
  public ChunkedUploadState {
    Objects.requireNonNull(uploadId, "uploadId");
    Objects.requireNonNull(fileName, "fileName");
    if (fileSize < 0 || chunkSize < 1) {
      throw new InvalidArgumentException("fileSize must be >= 0 and chunkSize >= 1, were " + fileSize + " and "
          + chunkSize, ErrorDetails.of("core", "chunkedUpload"));
    }
    confirmed = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(confirmed == null ? Set0.EMPTY : confirmed));
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /**
   * A fresh state with no chunk confirmed.
   *
   * @param uploadId an id for the upload
   * @param fileName the name uploaded
   * @param fileSize the total bytes
   * @param chunkSize the bytes per chunk
   * @param attributes adapter-specific values
   * @return the state; never null
   */
  public static ChunkedUploadState start(String uploadId, String fileName, long fileSize, long chunkSize,
      Map<String, String> attributes) {
    return new ChunkedUploadState(uploadId, fileName, fileSize, chunkSize, new TreeSet<>(), attributes);
  }

  /**
   * The number of chunks (at least 1, an empty file is one empty chunk).
   *
   * @return the count
   */
  @JsonIgnore
  public int chunkCount() {
    return (int) Math.max(1, (fileSize + chunkSize - 1) / chunkSize);
  }

  /**
   * The first byte of chunk {@code index}.
   *
   * @param index the chunk
   * @return the offset
   */
  public long chunkOffset(int index) {
    return index * chunkSize;
  }

  /**
   * The length of chunk {@code index}.
   *
   * @param index the chunk
   * @return the length
   */
  public long chunkLength(int index) {
    return Math.max(0, Math.min(chunkSize, fileSize - chunkOffset(index)));
  }

  /**
   * A copy with one more chunk confirmed.
   *
   * @param index the chunk
   * @return the new state; never null
   */
  public ChunkedUploadState withConfirmed(int index) {
    TreeSet<Integer> c = new TreeSet<>(confirmed);
    c.add(index);
    return new ChunkedUploadState(uploadId, fileName, fileSize, chunkSize, c, attributes);
  }

  /**
   * A copy where the given chunks are no longer confirmed (the server reported them missing).
   *
   * @param missing the chunks to send again
   * @return the new state; never null
   */
  public ChunkedUploadState withMissing(Collection<Integer> missing) {
    TreeSet<Integer> c = new TreeSet<>(confirmed);
    c.removeAll(missing);
    return new ChunkedUploadState(uploadId, fileName, fileSize, chunkSize, c, attributes);
  }

  /**
   * The chunks not yet confirmed, in order.
   *
   * @return the indexes; never null
   */
  @JsonIgnore
  public SortedSet<Integer> pending() {
    TreeSet<Integer> p = new TreeSet<>();
    for (int i = 0; i < chunkCount(); i++) {
      if (!confirmed.contains(i)) {
        p.add(i);
      }
    }
    return p;
  }

  /**
   * Whether every chunk is confirmed.
   *
   * @return true when complete
   */
  @JsonIgnore
  public boolean isComplete() {
    return confirmed.size() >= chunkCount();
  }

  /**
   * The bytes of the confirmed chunks.
   *
   * @return the count
   */
  @JsonIgnore
  public long confirmedBytes() {
    long n = 0;
    for (int i : confirmed) {
      n += chunkLength(i);
    }
    return n;
  }

  /**
   * The state as JSON, to persist.
   *
   * @return the JSON text; never null
   */
  public String toJson() {
    try {
      return GedkitJson.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a state persisted with {@link #toJson()}.
   *
   * @param json the JSON text
   * @return the state; never null
   * @throws InvalidArgumentException when the text is not a saved state
   */
  public static ChunkedUploadState fromJson(String json) {
    try {
      return GedkitJson.mapper().readValue(json, ChunkedUploadState.class);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new InvalidArgumentException("not a saved chunked upload state", ErrorDetails.of("core", "chunkedUpload"));
    }
  }

  /** An empty set constant. */
  private static final class Set0 {
    static final SortedSet<Integer> EMPTY = new TreeSet<>();
  }
}
