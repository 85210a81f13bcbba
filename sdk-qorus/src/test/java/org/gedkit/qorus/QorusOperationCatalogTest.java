package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The operation catalog (operations.tsv) lists every operation of the Qorus REST API v2 document; an
 * operation marked implemented must name an existing SDK method and an existing test method.
 */
class QorusOperationCatalogTest {

  /** Same rule as count_operations.py beside the catalog. */
  static final Pattern OPERATION = Pattern.compile("^(GET|PUT|POST|DELETE|PATCH|HEAD) (/api/v2(?:/\\S*)?)\\s*$");

  record Row(String method, String path, String action, String group, String sdkMethod, String test) {
    String key() {
      return method + " " + path + (action.isEmpty() ? "" : "?action=" + action);
    }

    boolean implemented() {
      return !sdkMethod.isEmpty();
    }
  }

  static List<Row> catalog() throws IOException {
    try (InputStream in = QorusOperationCatalogTest.class.getResourceAsStream("operations.tsv")) {
      assertThat(in).as("operations.tsv on the test class path").isNotNull();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(0)).isEqualTo("method\tpath\taction\tgroup\tsdk_method\ttest");
      List<Row> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] c = Arrays.copyOf(line.split("\t", -1), 6);
        for (int i = 0; i < c.length; i++) {
          c[i] = c[i] == null ? "" : c[i].trim();
        }
        rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5]));
      }
      return rows;
    }
  }

  static Set<String> documentOperations(Path seed) throws IOException {
    Set<String> ops = new LinkedHashSet<>();
    for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
      Matcher m = OPERATION.matcher(line);
      if (m.matches()) {
        ops.add(m.group(1) + " " + m.group(2));
      }
    }
    return ops;
  }

  @Test
  void catalogListsEveryOperationOfTheDocumentOnce() throws IOException {
    String seeds = System.getProperty("gedkit.seeds");
    Path seed = seeds == null ? null : Path.of(seeds, "qorus-rest-v2.txt");
    Assumptions.assumeTrue(seed != null && Files.isRegularFile(seed),
        "the Qorus seed document is not available (gedkit.seeds=" + seeds + "): cannot count its operations");
    Set<String> documented = documentOperations(seed);
    List<Row> rows = catalog();
    Set<String> listed = new LinkedHashSet<>();
    for (Row r : rows) {
      assertThat(listed.add(r.key())).as("listed twice: %s", r.key()).isTrue();
    }
    assertThat(documented).hasSize(367);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(documented);
    assertThat(rows).hasSameSizeAs(documented);
  }

  @Test
  void everyImplementedOperationHasItsMethodAndItsTest() throws Exception {
    List<Row> rows = catalog();
    List<String> problems = new ArrayList<>();
    long implemented = 0;
    for (Row r : rows) {
      if (!r.implemented()) {
        if (!r.test().isEmpty()) {
          problems.add(r.key() + ": a test is named but no SDK method");
        }
        continue;
      }
      implemented++;
      if (!methodExists(r.sdkMethod(), false)) {
        problems.add(r.key() + ": SDK method " + r.sdkMethod() + " does not exist");
      }
      if (r.test().isEmpty()) {
        problems.add(r.key() + ": implemented without a test");
      } else if (!methodExists(r.test(), true)) {
        problems.add(r.key() + ": test " + r.test() + " does not exist");
      }
    }
    System.out.printf("Qorus catalog: %d of %d operations implemented, %d remaining%n",
        implemented, rows.size(), rows.size() - implemented);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyOperationOfTheDocumentIsImplemented() throws IOException {
    List<String> missing = catalog().stream().filter(r -> !r.implemented()).map(Row::key).toList();
    assertThat(missing).as("operations without an SDK method").isEmpty();
    assertThat(catalog()).hasSize(367);
  }

  static boolean methodExists(String ref, boolean test) {
    int hash = ref.indexOf('#');
    if (hash <= 0) {
      return false;
    }
    try {
      Class<?> type = Class.forName("org.gedkit.qorus." + ref.substring(0, hash));
      String name = ref.substring(hash + 1);
      for (Method m : type.getDeclaredMethods()) {
        if (m.getName().equals(name)) {
          return !test || m.isAnnotationPresent(Test.class);
        }
      }
      return false;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
