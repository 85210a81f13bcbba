package org.gedkit.parapheur.model;

import java.util.Locale;

/** The outcome code of a history entry ({@code code}: {@code OK} or {@code KO}). */
public enum HistoryCode {
  /** The action succeeded. */
  OK,
  /** The action failed. */
  KO,
  /** A code this SDK does not know (the raw text is in {@link HistoryEntry#rawCode()}). */
  UNKNOWN;

  /**
   * The code for a wire value; unknown or missing values give {@link #UNKNOWN}, never an error.
   *
   * @param wire the wire value, any case, or null
   * @return the code; never null
   */
  public static HistoryCode fromWire(String wire) {
    if (wire == null) {
      return UNKNOWN;
    }
    return switch (wire.trim().toUpperCase(Locale.ROOT)) {
      case "OK" -> OK;
      case "KO" -> KO;
      default -> UNKNOWN;
    };
  }
}
