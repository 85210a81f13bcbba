package org.gedkit.parapheur;

import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.ProtocolException;

/**
 * A proof archive was refused: an entry would land outside the target directory (zip-slip, absolute
 * path), or it exceeds the entry-count, size or compression-ratio limits (zip bomb), or it is not a ZIP.
 * Nothing of it is left on disk.
 */
public final class UnsafeArchiveException extends ProtocolException {

  private final String entryName;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   * @param details the context
   * @param entryName the offending entry name, or null when the archive as a whole is refused
   */
  public UnsafeArchiveException(String message, ErrorDetails details, String entryName) {
    super(message, details, false, null);
    this.entryName = entryName;
  }

  /**
   * The offending entry name, as written in the archive.
   *
   * @return the name; never null
   */
  public java.util.Optional<String> entryName() {
    return java.util.Optional.ofNullable(entryName);
  }
}
