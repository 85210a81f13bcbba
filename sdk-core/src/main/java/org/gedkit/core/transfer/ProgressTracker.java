package org.gedkit.core.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.gedkit.core.error.GedkitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a transfer's bytes and tells the {@link TransferListener}, shielding the transfer from a
 * listener that throws. Not thread-safe: one per transfer.
 */
public final class ProgressTracker {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressTracker.class);

  private final TransferListener listener;
  private final String name;
  private final long total;
  private final Clock clock;
  private final Instant start;
  private long transferred;
  private long lastReported;

  /**
   * Starts tracking.
   *
   * @param listener the listener
   * @param name what is transferred
   * @param total the total bytes, or -1 when unknown
   * @param clock the clock
   */
  public ProgressTracker(TransferListener listener, String name, long total, Clock clock) {
    this.listener = listener == null ? TransferListener.none() : listener;
    this.name = name;
    this.total = total;
    this.clock = clock;
    this.start = clock.instant();
  }

  /**
   * Bytes so far.
   *
   * @return the count
   */
  public long transferred() {
    return transferred;
  }

  /** Tells the listener the transfer starts. */
  public void started() {
    safely(() -> listener.onStarted(event()));
  }

  /**
   * Sets the count (e.g. after a resume) and tells the listener.
   *
   * @param bytes the bytes done so far
   */
  public void resetTo(long bytes) {
    transferred = bytes;
    lastReported = bytes;
    safely(() -> listener.onProgress(event()));
  }

  /**
   * Adds bytes; tells the listener at most every 64 KiB and at the end.
   *
   * @param n the bytes moved
   */
  public void add(long n) {
    transferred += n;
    if (transferred - lastReported >= 64 * 1024 || (total >= 0 && transferred >= total)) {
      lastReported = transferred;
      safely(() -> listener.onProgress(event()));
    }
  }

  /**
   * Tells the listener the transfer completed, after a last {@code onProgress} with the final count when
   * that count was not reported yet (a small transfer of unknown size would otherwise end without one).
   */
  public void completed() {
    if (transferred != lastReported || transferred == 0) {
      lastReported = transferred;
      safely(() -> listener.onProgress(event()));
    }
    safely(() -> listener.onCompleted(event()));
  }

  /**
   * Tells the listener the transfer failed.
   *
   * @param error why
   */
  public void failed(GedkitException error) {
    safely(() -> listener.onFailed(event(), error));
  }

  private TransferEvent event() {
    return new TransferEvent(name, transferred, total, Duration.between(start, clock.instant()));
  }

  private void safely(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("a transfer listener threw; ignored", e);
    }
  }
}
