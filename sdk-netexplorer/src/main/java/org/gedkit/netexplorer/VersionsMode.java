package org.gedkit.netexplorer;

import java.util.Locale;

/** Which versions a file deletion affects ({@code versions}, seed lines 624-633). */
public enum VersionsMode {
  /** The file and all its versions (server default). */
  ALL,
  /** Only the current version. */
  NONE,
  /** The current version and older ones, keeping newer ones. */
  PREVIOUS;

  /**
   * The wire value.
   *
   * @return e.g. {@code all}
   */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
