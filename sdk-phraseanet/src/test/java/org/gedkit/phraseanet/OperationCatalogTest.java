package org.gedkit.phraseanet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Fails when a documented operation has no SDK method or no request-exact test. */
class OperationCatalogTest {

  record Row(String operation, String method, String path, String source, String sdkMethod, String test) {}

  static List<Row> rows() {
    String text = MockServerSupport.resource("operations.tsv");
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines.get(0)).isEqualTo("operation\tmethod\tpath\tsource\tsdk_method\ttest");
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      assertThat(c).as("6 tab-separated columns: " + line).hasSize(6);
      rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5]));
    }
    return rows;
  }

  @Test
  void everyOperation_hasAPublicSdkMethod_andAnExistingTest() throws Exception {
    List<Row> rows = rows();
    assertThat(rows).isNotEmpty();
    for (Row row : rows) {
      String[] sdk = row.sdkMethod().split("#");
      Class<?> api = Class.forName("org.gedkit.phraseanet." + sdk[0]);
      assertThat(Arrays.stream(api.getMethods())
          .filter(m -> m.getName().equals(sdk[1]) && Modifier.isPublic(m.getModifiers())))
          .as("SDK method " + row.sdkMethod() + " for " + row.operation()).isNotEmpty();
      String[] test = row.test().split("#");
      Class<?> testClass = Class.forName("org.gedkit.phraseanet." + test[0]);
      Method m = testClass.getDeclaredMethod(test[1]);
      assertThat(m.isAnnotationPresent(org.junit.jupiter.api.Test.class))
          .as("test " + row.test() + " for " + row.operation()).isTrue();
      assertThat(row.path()).as("Phraseanet paths end with '/'").endsWith("/");
    }
    assertThat(rows.stream().map(Row::operation).distinct().count()).isEqualTo(rows.size());
  }

  @Test
  void everyRouteOfTheSeedDocument_isInTheCatalog() throws IOException {
    String seeds = System.getProperty("gedkit.seeds");
    Path seed = seeds == null ? null : Paths.get(seeds, "phraseanet-quarantine.txt");
    assumeThat(seed != null && Files.isRegularFile(seed))
        .as("seed document not available (system property gedkit.seeds -> " + seed + ")").isTrue();
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Set<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^(/api/v1/\\S+/)\\s*$").matcher(text);
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(documented).as("the seed documents one route").containsExactly("/api/v1/quarantine/list/");
    Set<String> catalogued = new TreeSet<>();
    rows().forEach(r -> catalogued.add(r.path()));
    assertThat(catalogued).containsAll(documented);
  }
}
