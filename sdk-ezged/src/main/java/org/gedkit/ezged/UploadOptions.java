package org.gedkit.ezged;

import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.transfer.TransferListener;

/**
 * Options of {@code pupload.php}.
 *
 * @param mode {@code mode} (e.g. {@code cold} to drop the file in a wait sub-directory), null for none
 * @param waitDir {@code waitdir}: the wait sub-directory, null for none
 * @param listener progress listener; never null
 */
public record UploadOptions(String mode, String waitDir, TransferListener listener) {

  /**
   * Checks the values.
   *
   * @param mode the mode, or null
   * @param waitDir the wait directory, or null
   * @param listener the listener
   */
  public UploadOptions {
    Objects.requireNonNull(listener, "listener");
  }

  /**
   * The defaults: server's default directory ({@code enqueued}), no listener.
   *
   * @return the defaults; never null
   */
  public static UploadOptions defaults() {
    return new UploadOptions(null, null, TransferListener.none());
  }

  /**
   * These options sending the file to a wait sub-directory ({@code mode=cold&waitdir=...}).
   *
   * @param dir the sub-directory name
   * @return new options; never null
   */
  public UploadOptions toWaitDir(String dir) {
    return new UploadOptions("cold", dir, listener);
  }

  /**
   * These options with a progress listener.
   *
   * @param l the listener
   * @return new options; never null
   */
  public UploadOptions withListener(TransferListener l) {
    return new UploadOptions(mode, waitDir, l);
  }

  /**
   * The mode, when set.
   *
   * @return the mode, or empty
   */
  public Optional<String> modeValue() {
    return Optional.ofNullable(mode);
  }
}
