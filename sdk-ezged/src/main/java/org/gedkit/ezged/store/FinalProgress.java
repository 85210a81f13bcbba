package org.gedkit.ezged.store;

import org.gedkit.core.error.GedkitException;
import org.gedkit.core.transfer.TransferEvent;
import org.gedkit.core.transfer.TransferListener;

/**
 * Passes events on, and makes sure the listener sees a last {@code onProgress} with the final count before
 * {@code onCompleted} (the core reports progress every 64 KiB, so a small transfer of unknown size would
 * otherwise end without one). One transfer at a time.
 */
final class FinalProgress implements TransferListener {

  private final TransferListener delegate;
  private long lastReported = -1;

  private FinalProgress(TransferListener delegate) {
    this.delegate = delegate;
  }

  static TransferListener wrap(TransferListener listener) {
    return new FinalProgress(listener == null ? TransferListener.none() : listener);
  }

  @Override
  public void onStarted(TransferEvent event) {
    delegate.onStarted(event);
  }

  @Override
  public void onProgress(TransferEvent event) {
    lastReported = event.bytesTransferred();
    delegate.onProgress(event);
  }

  @Override
  public void onCompleted(TransferEvent event) {
    if (event.bytesTransferred() != lastReported) {
      onProgress(event);
    }
    delegate.onCompleted(event);
  }

  @Override
  public void onFailed(TransferEvent event, GedkitException error) {
    delegate.onFailed(event, error);
  }
}
