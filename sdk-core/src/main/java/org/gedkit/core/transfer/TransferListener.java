package org.gedkit.core.transfer;

import org.gedkit.core.error.GedkitException;
import org.slf4j.Logger;

/**
 * Follows a transfer's progress. Every method has a no-op default; override what you need.
 *
 * <p>Order: {@code onStarted}, then {@code onProgress} any number of times, then exactly one of
 * {@code onCompleted} or {@code onFailed}. A resumed transfer calls {@code onProgress} with the bytes
 * already there. Called on the transferring thread: do not block, do not throw (an exception thrown by
 * a listener is logged and ignored).
 */
public interface TransferListener {

  /**
   * The transfer starts.
   *
   * @param event the progress
   */
  default void onStarted(TransferEvent event) {}

  /**
   * More bytes moved.
   *
   * @param event the progress
   */
  default void onProgress(TransferEvent event) {}

  /**
   * The transfer finished and was verified where possible.
   *
   * @param event the progress
   */
  default void onCompleted(TransferEvent event) {}

  /**
   * The transfer failed.
   *
   * @param event the progress when it failed
   * @param error why
   */
  default void onFailed(TransferEvent event, GedkitException error) {}

  /**
   * A listener that does nothing.
   *
   * @return the listener; never null
   */
  static TransferListener none() {
    return NoopTransferListener.INSTANCE;
  }

  /**
   * A sample listener that logs progress at INFO every 10 %.
   *
   * @param logger the logger
   * @return the listener; never null
   */
  static TransferListener logging(Logger logger) {
    return new TransferListener() {
      private int lastDecile = -1;

      @Override
      public void onProgress(TransferEvent e) {
        int decile = (int) (e.ratio() * 10);
        if (decile != lastDecile) {
          lastDecile = decile;
          logger.info("{}: {} of {} bytes", e.name(), e.bytesTransferred(), e.totalBytes().isPresent() ? e.totalBytesValue() : "?");
        }
      }

      @Override
      public void onCompleted(TransferEvent e) {
        logger.info("{}: done, {} bytes in {} ms", e.name(), e.bytesTransferred(), e.elapsed().toMillis());
      }
    };
  }
}

/** The no-op listener. */
final class NoopTransferListener implements TransferListener {
  static final NoopTransferListener INSTANCE = new NoopTransferListener();

  private NoopTransferListener() {}
}
