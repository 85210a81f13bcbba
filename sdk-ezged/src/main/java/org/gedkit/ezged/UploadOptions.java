package org.gedkit.ezged;

import java.util.Optional;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.transfer.TransferListener;

/**
 * Options of {@code pupload.php}.
 *
 * @param mode {@code mode}: {@code cold} (the only mode the document names) to drop the file in a wait
 *     sub-directory, null for none
 * @param waitDir {@code waitdir}: the wait sub-directory, null for none
 * @param listener progress listener; never null
 */
public record UploadOptions(String mode, String waitDir, TransferListener listener) {

  /**
   * Checks the values.
   *
   * @param mode the mode ({@code cold}), or null
   * @param waitDir the wait directory: one directory name (no {@code /}, {@code \\}, {@code ..}), or null
   * @param listener the listener
   * @throws InvalidArgumentException when the mode is not {@code cold}, the wait directory is blank or not a
   *     single name, or the listener is null
   */
  public UploadOptions {
    if (mode != null && !MODE_COLD.equals(mode)) {
      throw invalid("mode must be \"" + MODE_COLD + "\" or null, was \"" + mode + "\"");
    }
    if (waitDir != null && (waitDir.isBlank() || waitDir.equals(".") || waitDir.equals("..")
        || waitDir.chars().anyMatch(c -> c == '/' || c == '\\' || c < 0x20))) {
      throw invalid("waitDir must be one directory name, was \"" + waitDir + "\"");
    }
    if (listener == null) {
      throw invalid("listener must not be null");
    }
  }

  /** The mode that sends the file to a wait sub-directory. */
  public static final String MODE_COLD = "cold";

  private static InvalidArgumentException invalid(String message) {
    return new InvalidArgumentException(message, ErrorDetails.of("ezged", "pupload"));
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
   * @throws InvalidArgumentException when the name is null, blank or not a single name
   */
  public UploadOptions toWaitDir(String dir) {
    if (dir == null) {
      throw invalid("waitDir must not be null");
    }
    return new UploadOptions(MODE_COLD, dir, listener);
  }

  /**
   * These options with a progress listener.
   *
   * @param l the listener
   * @return new options; never null
   * @throws InvalidArgumentException when null
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
