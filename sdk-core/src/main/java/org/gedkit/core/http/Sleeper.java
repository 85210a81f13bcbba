package org.gedkit.core.http;

import java.time.Duration;

/**
 * Waits between retries. Tests inject one that records the waits instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for the duration.
   *
   * @param duration how long
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The real sleeper, based on {@link Thread#sleep(long)}.
   *
   * @return the sleeper; never null
   */
  static Sleeper system() {
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        Thread.sleep(d.toMillis());
      }
    };
  }
}
