package org.gedkit.netexplorer;

import java.util.Locale;

/** The kind of a file token ({@code POST /token/...}, seed lines 892-940). */
public enum TokenType {
  /** Preview. */
  PREVIEW,
  /** Edit (files, share files and templates). */
  EDIT,
  /** Download (files, share files and templates). */
  DOWNLOAD,
  /** Video streaming (share-link data only). */
  VIDEO;

  /**
   * The wire value.
   *
   * @return e.g. {@code preview}
   */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
