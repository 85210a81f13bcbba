package org.gedkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  @Test
  void movesOnlyWhenTold() {
    MutableClock c = MutableClock.startingNow();
    assertThat(c.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(c.instant()).isEqualTo(c.instant());
    c.advance(Duration.ofSeconds(61));
    assertThat(c.instant()).isEqualTo(Instant.parse("2026-01-01T00:01:01Z"));
    assertThat(c.millis()).isEqualTo(Instant.parse("2026-01-01T00:01:01Z").toEpochMilli());
    c.set(Instant.EPOCH);
    assertThat(c.instant()).isEqualTo(Instant.EPOCH);
    assertThat(c.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(c.toString()).contains("1970");
    assertThatThrownBy(() -> c.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aClockInAnotherZoneSharesTheTime() {
    MutableClock c = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    Clock paris = c.withZone(ZoneId.of("Europe/Paris"));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(ZonedDateTime.now(paris).getHour()).isEqualTo(12);
    c.advance(Duration.ofHours(1));
    assertThat(paris.instant()).isEqualTo(Instant.parse("2026-06-01T11:00:00Z"));
    ((MutableClock) paris).advance(Duration.ofHours(1));
    assertThat(c.instant()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
    assertThat(c.withZone(ZoneOffset.UTC)).isSameAs(c);
    assertThat(paris.toString()).contains("Europe/Paris");
  }

  @Test
  void isSafeUnderConcurrentAdvances() throws Exception {
    MutableClock c = MutableClock.startingNow();
    Thread[] threads = new Thread[8];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(() -> {
        for (int j = 0; j < 1000; j++) {
          c.advance(Duration.ofMillis(1));
        }
      });
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(c.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:08Z"));
  }
}
