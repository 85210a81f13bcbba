package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/reliability.md shows every cell of the fault matrix exactly as {@link Expectations} (which the matrix checks). */
class ReliabilityDocTest {

  static List<String> rows() {
    List<String> rows = new ArrayList<>();
    rows.add("| Back end | Operation | Fault | Expected outcome |");
    rows.add("|---|---|---|---|");
    for (AdapterUnderTest a : Adapters.all()) {
      for (AdapterUnderTest.Op op : a.operations()) {
        for (FaultCase f : FaultCase.values()) {
          if (!f.appliesTo(op.kind())) {
            continue;
          }
          rows.add("| " + a.name() + " | " + op.name() + " (" + op.kind().name().toLowerCase(java.util.Locale.ROOT)
              + ") | " + f.label + " | " + Expectations.of(a, op, f).cell() + " |");
        }
      }
    }
    return rows;
  }

  @Test
  void theDocShowsEveryCell() throws IOException {
    List<String> rows = rows();
    Path generated = Path.of("target/reliability-matrix.md");
    Files.createDirectories(generated.getParent());
    Files.writeString(generated, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    Path doc = SecretsTest.root().resolve("docs/reliability.md");
    assertThat(doc).as("docs/reliability.md").exists();
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    for (String row : rows) {
      assertThat(text).as("docs/reliability.md lacks a matrix row; the full table is in " + generated.toAbsolutePath())
          .contains(row);
    }
  }
}
