package org.gedkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock tests move by hand: sessions and tokens expire without anyone sleeping. Thread-safe.
 */
public final class MutableClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  /**
   * A clock at the given instant, in UTC.
   *
   * @param start the starting instant
   */
  public MutableClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  private MutableClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.zone = zone;
  }

  /**
   * A clock starting at 2026-01-01T00:00:00Z.
   *
   * @return the clock; never null
   */
  public static MutableClock startingNow() {
    return new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  }

  /**
   * Moves the clock forward.
   *
   * @param d how far; not negative
   */
  public synchronized void advance(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("a clock does not go back: " + d);
    }
    now = now.plus(d);
  }

  /**
   * Sets the clock.
   *
   * @param instant the new time
   */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    MutableClock c = new MutableClock(now, z);
    return c;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public String toString() {
    return "MutableClock[" + now + "]";
  }
}
