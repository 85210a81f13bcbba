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
 * @param writes for a write or an upload: how many times the emulator applied it during the cell
 */
record Expected(Class<? extends GedkitException> error, boolean retryable, String note, boolean asIs, Writes writes) {

  /** How many times a write was applied by the server during one cell (the emulator counts). */
  enum Writes {
    /** Not a write: nothing to count. */
    UNCHECKED("", -1),
    /** The server never acted (the fault came before it, or it refused). */
    NONE("server applied it: 0 times", 0),
    /** The server acted exactly once, even though the client saw a failure or retried. */
    ONCE("server applied it: exactly once", 1),
    /** An idempotent write the client may have sent again: applied at least once, same effect. */
    AT_LEAST_ONCE("server applied it: at least once (idempotent)", 1);

    final String text;
    final int count;

    Writes(String text, int count) {
      this.text = text;
      this.count = count;
    }

    /** Whether {@code delta} applications during the cell satisfy this expectation. */
    boolean accepts(long delta) {
      return switch (this) {
        case UNCHECKED -> true;
        case NONE -> delta == 0;
        case ONCE -> delta == 1;
        case AT_LEAST_ONCE -> delta >= 1;
      };
    }
  }

  static Expected recovered(String note) {
    return new Expected(null, true, note, false, Writes.UNCHECKED);
  }

  static Expected savedAsIs(String note) {
    return new Expected(null, false, note, true, Writes.UNCHECKED);
  }

  static Expected fails(Class<? extends GedkitException> error, boolean retryable, String note) {
    return new Expected(error, retryable, note, false, Writes.UNCHECKED);
  }

  /** The same outcome, with the number of times the server must have applied the write. */
  Expected writes(Writes w) {
    return new Expected(error, retryable, note, asIs, w);
  }

  /** The cell text of docs/reliability.md. */
  String cell() {
    String w = writes == Writes.UNCHECKED ? "" : "; " + writes.text;
    if (asIs) {
      return "**saved as received**: " + note + w;
    }
    if (error == null) {
      return "recovered: " + note + w;
    }
    return "`" + error.getSimpleName() + "` (retry " + (retryable ? "safe" : "not advised") + "): " + note + w;
  }
}
