package org.gedkit.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gedkit.phraseanet.PhraseanetClient;
import org.gedkit.phraseanet.QuarantineApi;
import org.gedkit.phraseanet.QuarantineListOptions;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.gedkit.testkit.phraseanet.PhraseanetEmulator;

/**
 * Phraseanet: lists the quarantine page by page, then checks a local copy of an item against its
 * SHA-256 before re-submitting it. Run with no arguments to use the emulator, or set
 * {@code GEDKIT_PHRASEANET_URL} and {@code GEDKIT_PHRASEANET_TOKEN}.
 */
public final class PhraseanetExample implements Example {

  /** Creates the example. */
  public PhraseanetExample() {}

  /**
   * Runs the example alone.
   *
   * @param args {@code --phraseanet-url=... --phraseanet-token=...}, or nothing for the emulator
   * @throws Exception when it fails
   */
  public static void main(String[] args) throws Exception {
    new PhraseanetExample().run(new Console(System.out), BackendConfig.read("phraseanet", args, System.getenv()));
  }

  @Override
  public String backend() {
    return "phraseanet";
  }

  @Override
  public void run(Console console, BackendConfig config) throws Exception {
    PhraseanetEmulator emulator = null;
    String url = config.url();
    String token = config.token();
    if (!config.isRemote()) {
      emulator = new PhraseanetEmulator().start();
      url = emulator.baseUrl();
      token = emulator.accessToken();
    }
    console.heading("Phraseanet — quarantine (" + (emulator == null ? url : "emulator") + ")");
    try (PhraseanetClient client = PhraseanetClient.builder().baseUrl(url).accessToken(token).build()) {
      long started = System.nanoTime();
      List<List<String>> rows = new ArrayList<>();
      long count = 0;
      QuarantineItem first = null;
      for (QuarantineItem item : client.quarantine().list(QuarantineListOptions.builder().perPage(100).build())) {
        if (first == null) {
          first = item;
        }
        if (count++ < 5) {
          rows.add(List.of(String.valueOf(item.id()), item.originalName(), String.valueOf(item.forced()),
              String.valueOf(item.checks().size()), item.createdOn().map(Object::toString).orElse("-")));
        }
      }
      console.table(List.of("id", "original name", "forced", "checks", "created"), rows);
      console.line("%d items in quarantine, listed lazily 100 per page in %s", count,
          Console.duration(java.time.Duration.ofNanos(System.nanoTime() - started)));
      if (first != null && emulator != null) {
        Path copy = Files.createTempFile("gedkit-phraseanet", ".bin");
        try {
          Files.write(copy, emulator.documentBytes(first.id()));
          boolean same = QuarantineApi.matchesLocalFile(first, copy);
          console.line("local copy of item %d matches its SHA-256: %s", first.id(), same);
        } finally {
          Files.deleteIfExists(copy);
        }
      }
    } finally {
      if (emulator != null) {
        emulator.close();
      }
    }
  }
}
