package org.gedkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TourTest {

  @Test
  void tour_runsEveryExampleAgainstTheEmulators() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int failures;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      failures = Tour.run(out, new String[0], Map.of());
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(failures).as(text).isZero();
    assertThat(text).contains("Summary").doesNotContain("FAILED");
    String summary = text.substring(text.indexOf("== Summary"));
    for (Example e : Tour.examples()) {
      // one summary row per back end, and it ran ok
      assertThat(summary).containsPattern("(?m)^  " + e.backend() + " +ok +\\S");
    }
    assertThat(summary.lines().filter(l -> l.matches("  [a-z-]+ +ok +.*")).count())
        .isEqualTo(Tour.examples().size());
  }

  @Test
  void backendConfig_readsOptionsThenEnvironment_andHidesSecrets() {
    BackendConfig c = BackendConfig.read("ezged", new String[] {"--ezged-url=https://h/ezged"},
        Map.of("GEDKIT_EZGED_USER", "admin", "GEDKIT_EZGED_PASSWORD", "s3cret!"));
    assertThat(c.isRemote()).isTrue();
    assertThat(c.url()).isEqualTo("https://h/ezged");
    assertThat(c.user()).isEqualTo("admin");
    assertThat(c.toString()).doesNotContain("s3cret!");
    assertThat(BackendConfig.read("qorus", new String[0], Map.of()).isRemote()).isFalse();
  }

  @Test
  void console_formatsSizesAndDurations() {
    assertThat(Console.size(512)).isEqualTo("512 B");
    assertThat(Console.size(1536)).isEqualTo("1.5 KiB");
    assertThat(Console.size(5L * 1024 * 1024)).isEqualTo("5.0 MiB");
    assertThat(Console.duration(java.time.Duration.ofMillis(20))).isEqualTo("20 ms");
    assertThat(Console.duration(java.time.Duration.ofMillis(2500))).isEqualTo("2.50 s");
  }
}
