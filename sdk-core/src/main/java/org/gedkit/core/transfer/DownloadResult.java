package org.gedkit.core.transfer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a finished download gives.
 *
 * @param bytes the number of bytes written
 * @param file the final file, for a file target (null otherwise)
 * @param computedChecksum the checksum computed from the bytes, or null when none was computed
 * @param verification what was verified
 * @param resumes how many times the download was resumed with an HTTP Range after a drop
 */
public record DownloadResult(long bytes, Path file, Checksum computedChecksum, ChecksumVerification verification,
    int resumes) {

  /**
   * The final file, for a file target.
   *
   * @return the file; never null
   */
  public Optional<Path> path() {
    return Optional.ofNullable(file);
  }

  /**
   * The checksum computed from the bytes.
   *
   * @return the checksum; never null
   */
  public Optional<Checksum> checksum() {
    return Optional.ofNullable(computedChecksum);
  }
}
