package org.gedkit.parapheur;

import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * The caps that stop a hostile proof archive (zip bomb) while it is extracted. The sizes are counted on
 * the bytes actually inflated, never on what the archive headers claim.
 *
 * @param maxEntries the most entries the archive may hold
 * @param maxTotalBytes the most bytes all entries may inflate to together
 * @param maxEntryBytes the most bytes one entry may inflate to
 * @param maxCompressionRatio the highest inflated/compressed ratio allowed for an entry once it passes 1 MiB
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxCompressionRatio) {

  private static final ArchiveLimits DEFAULTS = new ArchiveLimits(1_000, 1L << 30, 512L << 20, 200);

  /**
   * Checks the limits.
   *
   * @param maxEntries see the record description
   * @param maxTotalBytes see the record description
   * @param maxEntryBytes see the record description
   * @param maxCompressionRatio see the record description
   * @throws InvalidArgumentException when a limit is not positive
   */
  public ArchiveLimits {
    if (maxEntries < 1 || maxTotalBytes < 1 || maxEntryBytes < 1 || maxCompressionRatio < 1) {
      throw new InvalidArgumentException("archive limits must be positive", ErrorDetails.of("parapheur", "archive"));
    }
  }

  /**
   * The defaults: 1 000 entries, 1 GiB in total, 512 MiB per entry, ratio 200.
   *
   * @return the limits; never null
   */
  public static ArchiveLimits defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another entry count.
   *
   * @param n the most entries
   * @return a copy; never null
   */
  public ArchiveLimits withMaxEntries(int n) {
    return new ArchiveLimits(n, maxTotalBytes, maxEntryBytes, maxCompressionRatio);
  }

  /**
   * A copy with another total size.
   *
   * @param bytes the most bytes in total
   * @return a copy; never null
   */
  public ArchiveLimits withMaxTotalBytes(long bytes) {
    return new ArchiveLimits(maxEntries, bytes, Math.min(maxEntryBytes, bytes), maxCompressionRatio);
  }

  /**
   * A copy with another compression ratio.
   *
   * @param ratio the highest ratio
   * @return a copy; never null
   */
  public ArchiveLimits withMaxCompressionRatio(int ratio) {
    return new ArchiveLimits(maxEntries, maxTotalBytes, maxEntryBytes, ratio);
  }
}
