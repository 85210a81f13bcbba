package org.gedkit.ezged.model;

import java.util.Locale;

/** The state of a job of the EzGED job queue ({@code JOBQUEUE_STATUS}). */
public enum JobStatus {
  /** Created, waiting to be queued. */
  PENDING,
  /** Queued or running. */
  QUEUED,
  /** Done; the job can be purged. */
  PURGEABLE,
  /** Done; the job is kept. */
  NOTPURGEABLE,
  /** Failed. */
  ERROR,
  /** A status this SDK does not know; see {@link Job#statusCode()}. */
  UNKNOWN;

  /**
   * Whether the job will not change any more.
   *
   * @return true for {@link #PURGEABLE}, {@link #NOTPURGEABLE} and {@link #ERROR}
   */
  public boolean isFinal() {
    return this == PURGEABLE || this == NOTPURGEABLE || this == ERROR;
  }

  /**
   * Reads a wire status: a name ({@code QUEUED}) or a number. Numbers follow the order of the names
   * (0 {@code PENDING}, 1 {@code QUEUED}, 2 {@code PURGEABLE}, 3 {@code NOTPURGEABLE}, 4 or negative
   * {@code ERROR}); see docs/ezged.md, Decisions.
   *
   * @param wire the wire value, may be null
   * @return the status; {@link #UNKNOWN} when not recognised
   */
  public static JobStatus fromWire(String wire) {
    if (wire == null || wire.isBlank()) {
      return UNKNOWN;
    }
    String s = wire.trim();
    if (s.matches("-?\\d+")) {
      int n = Integer.parseInt(s);
      return switch (n) {
        case 0 -> PENDING;
        case 1 -> QUEUED;
        case 2 -> PURGEABLE;
        case 3 -> NOTPURGEABLE;
        default -> n < 0 || n == 4 ? ERROR : UNKNOWN;
      };
    }
    try {
      JobStatus st = valueOf(s.toUpperCase(Locale.ROOT));
      return st;
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}
