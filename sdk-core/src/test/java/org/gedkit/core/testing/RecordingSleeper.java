package org.gedkit.core.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gedkit.core.http.Sleeper;

/** A sleeper that records the waits instead of sleeping. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
  }

  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
