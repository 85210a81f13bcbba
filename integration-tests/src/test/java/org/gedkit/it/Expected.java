package org.gedkit.it;

import org.gedkit.core.error.GedkitException;

/**
 * The outcome a matrix cell must have.
 *
 * @param error the exception type the call must end with, or null when the client recovers (by retry or
 *     by logging in again) and returns the normal result
 * @param retryable for an error: what {@link GedkitException#isRetryable()} must say (is calling again safe
 *     and sensible)
 * @param note what happens, for the docs
 * @param asIs true when the call "succeeds" with what the server sent (a download that cannot tell the
 *     bytes are wrong without an expected checksum): the file is complete as received, nothing else
 */
record Expected(Class<? extends GedkitException> error, boolean retryable, String note, boolean asIs) {

  static Expected recovered(String note) {
    return new Expected(null, true, note, false);
  }

  static Expected savedAsIs(String note) {
    return new Expected(null, false, note, true);
  }

  static Expected fails(Class<? extends GedkitException> error, boolean retryable, String note) {
    return new Expected(error, retryable, note, false);
  }

  /** The cell text of docs/reliability.md. */
  String cell() {
    if (asIs) {
      return "**saved as received**: " + note;
    }
    if (error == null) {
      return "recovered: " + note;
    }
    return "`" + error.getSimpleName() + "` (retry " + (retryable ? "safe" : "not advised") + "): " + note;
  }
}
