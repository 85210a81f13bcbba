package org.gedkit.core.transfer;

import java.util.Objects;
import java.util.Optional;

/**
 * How to download: the checksum to verify (or just the algorithm to compute), the progress listener
 * and how many times to resume after a dropped connection. Immutable.
 */
public final class DownloadOptions {

  private static final DownloadOptions DEFAULTS = builder().build();

  private final Checksum expected;
  private final ChecksumAlgorithm algorithm;
  private final TransferListener listener;
  private final int maxResumes;
  private final boolean rejectHtml;

  private DownloadOptions(Builder b) {
    this.expected = b.expected;
    this.algorithm = b.expected != null ? b.expected.algorithm() : b.algorithm;
    this.listener = b.listener;
    this.maxResumes = b.maxResumes;
    this.rejectHtml = b.rejectHtml;
  }

  /**
   * The defaults: no verification, no listener, up to 5 resumes.
   *
   * @return the options; never null
   */
  public static DownloadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The checksum the bytes must have.
   *
   * @return the checksum; never null
   */
  public Optional<Checksum> expectedChecksum() {
    return Optional.ofNullable(expected);
  }

  /**
   * The algorithm to compute.
   *
   * @return the algorithm; never null
   */
  public Optional<ChecksumAlgorithm> algorithm() {
    return Optional.ofNullable(algorithm);
  }

  /**
   * The listener.
   *
   * @return the listener; never null
   */
  public TransferListener listener() {
    return listener;
  }

  /**
   * The most resumes after a dropped connection.
   *
   * @return the count
   */
  public int maxResumes() {
    return maxResumes;
  }

  /**
   * Whether a reply declared as HTML ({@code text/html}) is refused before any byte is written: the
   * content expected is never a web page, so such a reply is a proxy or login page sent with 200.
   *
   * @return true when HTML is refused
   */
  public boolean rejectHtml() {
    return rejectHtml;
  }

  /**
   * A builder holding these options.
   *
   * @return a builder; never null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.expected = expected;
    b.algorithm = algorithm;
    b.listener = listener;
    b.maxResumes = maxResumes;
    b.rejectHtml = rejectHtml;
    return b;
  }

  @Override
  public String toString() {
    return "DownloadOptions[expected=" + expected + ", algorithm=" + algorithm + ", maxResumes=" + maxResumes
        + ", rejectHtml=" + rejectHtml + "]";
  }

  /** Builds {@link DownloadOptions}; not thread-safe. */
  public static final class Builder {
    private Checksum expected;
    private ChecksumAlgorithm algorithm;
    private TransferListener listener = TransferListener.none();
    private int maxResumes = 5;
    private boolean rejectHtml;

    private Builder() {}

    /**
     * Refuses a reply declared as HTML with a {@code ProtocolException} before anything is written (use it
     * when the content can never be a web page: an XML export, a PDF...).
     *
     * @param value whether to refuse HTML
     * @return this builder
     */
    public Builder rejectHtml(boolean value) {
      this.rejectHtml = value;
      return this;
    }

    /**
     * Verifies the bytes against this checksum (a mismatch throws and leaves no file).
     *
     * @param checksum the checksum, or null for none
     * @return this builder
     */
    public Builder expectedChecksum(Checksum checksum) {
      this.expected = checksum;
      return this;
    }

    /**
     * Computes this checksum without verifying it (when no expected checksum is set).
     *
     * @param a the algorithm, or null
     * @return this builder
     */
    public Builder computeChecksum(ChecksumAlgorithm a) {
      this.algorithm = a;
      return this;
    }

    /**
     * Sets the progress listener.
     *
     * @param l the listener
     * @return this builder
     */
    public Builder listener(TransferListener l) {
      this.listener = Objects.requireNonNull(l, "listener");
      return this;
    }

    /**
     * Sets the most HTTP Range resumes after a dropped connection (0 to never resume).
     *
     * @param n not negative
     * @return this builder
     */
    public Builder maxResumes(int n) {
      if (n < 0) {
        throw UploadSource.invalid("maxResumes must not be negative, was " + n);
      }
      this.maxResumes = n;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options; never null
     */
    public DownloadOptions build() {
      return new DownloadOptions(this);
    }
  }
}
