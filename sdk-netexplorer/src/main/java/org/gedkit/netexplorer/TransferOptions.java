package org.gedkit.netexplorer;

import java.util.Optional;
import java.util.function.Consumer;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.transfer.ChunkedUploadState;
import org.gedkit.core.transfer.TransferListener;

/**
 * Options of uploads and downloads: progress listener, chunk size and checkpoint (chunked uploads), MD5
 * verification and resumes (downloads). Immutable; {@link #defaults()} or {@link #builder()}.
 */
public final class TransferOptions {

  /** Default chunk size: 16 MiB, as the rclone backend uses. */
  public static final long DEFAULT_CHUNK_SIZE = 16L * 1024 * 1024;

  private final TransferListener listener;
  private final long chunkSize;
  private final Consumer<ChunkedUploadState> checkpoint;
  private final boolean verify;
  private final String md5;
  private final int maxResumes;

  private TransferOptions(Builder b) {
    this.listener = b.listener;
    this.chunkSize = b.chunkSize;
    this.checkpoint = b.checkpoint;
    this.verify = b.verify;
    this.md5 = b.md5;
    this.maxResumes = b.maxResumes;
  }

  /**
   * The defaults: no listener, 16 MiB chunks, verify MD5 when the server gives one, 3 resumes.
   *
   * @return the defaults; never null
   */
  public static TransferOptions defaults() {
    return builder().build();
  }

  /**
   * Starts options.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The progress listener.
   *
   * @return the listener; never null
   */
  public TransferListener listener() {
    return listener;
  }

  /**
   * The chunk size of chunked uploads.
   *
   * @return bytes
   */
  public long chunkSize() {
    return chunkSize;
  }

  /**
   * Receives the upload state after each confirmed chunk.
   *
   * @return the checkpoint; never null
   */
  public Consumer<ChunkedUploadState> checkpoint() {
    return checkpoint;
  }

  /**
   * Whether a download is checked against the server's MD5 (when it gives one).
   *
   * @return true to verify
   */
  public boolean verify() {
    return verify;
  }

  /**
   * The expected MD5, when known in advance.
   *
   * @return the hex digest; never null
   */
  public Optional<String> md5() {
    return Optional.ofNullable(md5);
  }

  /**
   * How many times a cut download resumes with a Range request.
   *
   * @return the count
   */
  public int maxResumes() {
    return maxResumes;
  }

  @Override
  public String toString() {
    return "TransferOptions[chunkSize=" + chunkSize + ", verify=" + verify + ", maxResumes=" + maxResumes + "]";
  }

  /** Builds {@link TransferOptions}. */
  public static final class Builder {
    private TransferListener listener = TransferListener.none();
    private long chunkSize = DEFAULT_CHUNK_SIZE;
    private Consumer<ChunkedUploadState> checkpoint = s -> { };
    private boolean verify = true;
    private String md5;
    private int maxResumes = 3;

    private Builder() {}

    /**
     * Progress listener.
     *
     * @param l the listener
     * @return this builder
     */
    public Builder listener(TransferListener l) {
      this.listener = InvalidArgumentException.requireNonNull(l, "listener", NetExplorerClient.BACKEND);
      return this;
    }

    /**
     * Chunk size for chunked uploads.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws InvalidArgumentException when below 1
     */
    public Builder chunkSize(long bytes) {
      if (bytes < 1) {
        throw new InvalidArgumentException("chunkSize must be at least 1, was " + bytes,
            ErrorDetails.of("netexplorer", "TransferOptions"));
      }
      this.chunkSize = bytes;
      return this;
    }

    /**
     * Where to persist the upload state after each chunk (e.g. {@code s -> Files.writeString(p, s.toJson())}).
     *
     * @param c the checkpoint
     * @return this builder
     */
    public Builder checkpoint(Consumer<ChunkedUploadState> c) {
      this.checkpoint = InvalidArgumentException.requireNonNull(c, "checkpoint", NetExplorerClient.BACKEND);
      return this;
    }

    /**
     * Whether to verify downloads against the server's MD5 (one metadata call when the hash is not given).
     *
     * @param v whether to verify
     * @return this builder
     */
    public Builder verify(boolean v) {
      this.verify = v;
      return this;
    }

    /**
     * The expected MD5 (hex), when already known.
     *
     * @param hex the digest
     * @return this builder
     */
    public Builder md5(String hex) {
      this.md5 = hex;
      return this;
    }

    /**
     * How many times a cut download resumes.
     *
     * @param n at least 0
     * @return this builder
     * @throws InvalidArgumentException when negative
     */
    public Builder maxResumes(int n) {
      if (n < 0) {
        throw new InvalidArgumentException("maxResumes must not be negative, was " + n,
            ErrorDetails.of("netexplorer", "TransferOptions"));
      }
      this.maxResumes = n;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options; never null
     */
    public TransferOptions build() {
      return new TransferOptions(this);
    }
  }
}
