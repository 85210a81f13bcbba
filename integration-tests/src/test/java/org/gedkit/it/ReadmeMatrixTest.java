package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keeps the README's back-end matrix equal to the operation catalogs. */
class ReadmeMatrixTest {

  private static Path root() {
    String r = System.getProperty("gedkit.root");
    assumeTrue(r != null && Files.isDirectory(Path.of(r)), "gedkit.root is not set (run through Maven)");
    return Path.of(r);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "EzGED, ezged, 1",
      "NetExplorer, netexplorer, 1",
      "Phraseanet, phraseanet, 1",
      "Qorus, qorus, 3",
      "Maarch Parapheur, parapheur, 1"})
  void readmeRow_matchesTheCatalog(String title, String backend, int keyColumns) throws IOException {
    Path tsv = root().resolve("sdk-" + backend + "/src/test/resources/org/gedkit/" + backend + "/operations.tsv");
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int sdk = header.indexOf("sdk_method");
    assertThat(sdk).as("%s has an sdk_method column", tsv).isNotNegative();
    Set<String> all = new LinkedHashSet<>();
    Set<String> done = new LinkedHashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String key = String.join(" ", List.of(cells).subList(0, keyColumns));
      all.add(key);
      if (cells.length > sdk && !cells[sdk].isBlank()) {
        done.add(key);
      }
    }
    String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
    String row = readme.lines().filter(l -> l.startsWith("| " + title + " |")).findFirst().orElse("");
    assertThat(row).as("README row of %s", title).contains("| " + done.size() + " / " + all.size() + " |");
  }
}
