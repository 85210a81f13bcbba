package org.gedkit.parapheur;

import java.util.Optional;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.transfer.Checksum;

/**
 * Options of {@link DocumentsApi#proof}: the transfer mode, whether to get only the proof or the whole
 * folder, and an optional checksum the received bytes must have. Immutable.
 */
public final class ProofOptions {

  private static final ProofOptions DEFAULTS = builder().build();

  private final ProofMode mode;
  private final boolean onlyProof;
  private final Checksum expectedChecksum;

  private ProofOptions(Builder b) {
    this.mode = b.mode;
    this.onlyProof = b.onlyProof;
    this.expectedChecksum = b.expectedChecksum;
  }

  /**
   * The defaults: {@link ProofMode#STREAM}, the whole folder as a ZIP, no checksum.
   *
   * @return the options; never null
   */
  public static ProofOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Only the proof (a PDF for an eIDAS signature, an XML file otherwise), streamed.
   *
   * @return the options; never null
   */
  public static ProofOptions onlyTheProof() {
    return builder().onlyProof(true).build();
  }

  /**
   * Starts options from the defaults.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options.
   *
   * @return a builder; never null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.mode = mode;
    b.onlyProof = onlyProof;
    b.expectedChecksum = expectedChecksum;
    return b;
  }

  /**
   * The transfer mode.
   *
   * @return the mode; never null
   */
  public ProofMode mode() {
    return mode;
  }

  /**
   * Whether only the proof is asked for (else the whole folder as a ZIP).
   *
   * @return true for the proof only
   */
  public boolean onlyProof() {
    return onlyProof;
  }

  /**
   * The checksum the received bytes must have.
   *
   * @return the checksum; never null
   */
  public Optional<Checksum> expectedChecksum() {
    return Optional.ofNullable(expectedChecksum);
  }

  @Override
  public String toString() {
    return "ProofOptions[mode=" + mode + ", onlyProof=" + onlyProof
        + (expectedChecksum == null ? "" : ", expected=" + expectedChecksum) + "]";
  }

  /** Builds {@link ProofOptions}; not thread-safe. */
  public static final class Builder {
    private ProofMode mode = ProofMode.STREAM;
    private boolean onlyProof;
    private Checksum expectedChecksum;

    private Builder() {}

    /**
     * Sets the transfer mode ({@link ProofMode#STREAM} by default).
     *
     * @param m the mode
     * @return this builder
     */
    public Builder mode(ProofMode m) {
      this.mode = InvalidArgumentException.requireNonNull(m, "mode", ParapheurClient.BACKEND);
      return this;
    }

    /**
     * Asks for the proof only (true) or the whole folder as a ZIP (false, the default).
     *
     * @param value whether only the proof is wanted
     * @return this builder
     */
    public Builder onlyProof(boolean value) {
      this.onlyProof = value;
      return this;
    }

    /**
     * Requires the received bytes to have this checksum (any algorithm); a file target is then only
     * written when they match.
     *
     * @param checksum the checksum, or null for none
     * @return this builder
     */
    public Builder expectedChecksum(Checksum checksum) {
      this.expectedChecksum = checksum;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options; never null
     */
    public ProofOptions build() {
      return new ProofOptions(this);
    }
  }
}
