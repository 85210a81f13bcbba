package org.gedkit.core.transfer;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A snapshot of a transfer's progress, given to a {@link TransferListener}. Immutable.
 *
 * @param name what is transferred (a file name or an operation)
 * @param bytesTransferred bytes sent or received so far
 * @param totalBytesValue the total, or -1 when unknown
 * @param elapsed time since the transfer started
 */
public record TransferEvent(String name, long bytesTransferred, long totalBytesValue, Duration elapsed) {

  /**
   * The total size, when known.
   *
   * @return the total; never null
   */
  public OptionalLong totalBytes() {
    return totalBytesValue < 0 ? OptionalLong.empty() : OptionalLong.of(totalBytesValue);
  }

  /**
   * The fraction done, between 0 and 1, when the total is known.
   *
   * @return the ratio, or -1 when the total is unknown
   */
  public double ratio() {
    if (totalBytesValue <= 0) {
      return totalBytesValue == 0 ? 1.0 : -1;
    }
    return Math.min(1.0, (double) bytesTransferred / totalBytesValue);
  }
}
