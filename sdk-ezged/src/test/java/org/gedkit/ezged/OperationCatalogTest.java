package org.gedkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** The operation catalog covers every service of the EzGED document with an SDK method and a test. */
class OperationCatalogTest {

  record Line(String service, String method, String test) {}

  static List<Line> catalog() throws IOException {
    try (InputStream in = OperationCatalogTest.class.getResourceAsStream("operations.tsv")) {
      assertThat(in).as("operations.tsv").isNotNull();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertThat(lines.get(0)).isEqualTo("service\tsdk_method\ttest");
      List<Line> out = new ArrayList<>();
      for (String l : lines.subList(1, lines.size())) {
        if (l.isBlank()) {
          continue;
        }
        String[] p = l.split("\t");
        assertThat(p).as("line %s", l).hasSize(3);
        out.add(new Line(p[0], p[1], p[2]));
      }
      return out;
    }
  }

  /** The services the document names: service.php?service=... plus the showdocs.php and pupload.php scripts. */
  static Set<String> seedServices(String doc) {
    Set<String> services = new TreeSet<>();
    Matcher m = Pattern.compile("service=([A-Za-z_]+/[A-Za-z0-9_]+)").matcher(doc);
    while (m.find()) {
      services.add(m.group(1));
    }
    Matcher s = Pattern.compile("/data/([a-z]+\\.php)").matcher(doc);
    while (s.find()) {
      if (!s.group(1).equals("service.php")) {
        services.add(s.group(1));
      }
    }
    return services;
  }

  @Test
  void everySeedServiceIsInTheCatalog() throws IOException {
    String seeds = System.getProperty("gedkit.seeds");
    assumeTrue(seeds != null, "gedkit.seeds is not set: the seed documents are not available");
    Path doc = Path.of(seeds, "ezged-webservices.md");
    assumeTrue(Files.isRegularFile(doc), "no seed document at " + doc);
    Set<String> services = seedServices(Files.readString(doc));
    assertThat(services).as("services found in the seed").hasSizeGreaterThanOrEqualTo(15);
    Set<String> catalogued = new TreeSet<>();
    catalog().forEach(l -> catalogued.add(l.service()));
    assertThat(catalogued).containsAll(services);
  }

  @Test
  void everyCatalogLineNamesAnExistingMethodAndTest() throws Exception {
    for (Line l : catalog()) {
      String[] m = l.method().split("#");
      Class<?> api = Class.forName("org.gedkit.ezged." + m[0]);
      assertThat(Arrays.stream(api.getMethods()).anyMatch(x -> x.getName().equals(m[1])))
          .as("SDK method %s for %s", l.method(), l.service()).isTrue();
      String[] t = l.test().split("#");
      Class<?> test = Class.forName("org.gedkit.ezged." + t[0]);
      boolean found = false;
      for (Method x : test.getDeclaredMethods()) {
        if (x.getName().equals(t[1]) && (x.isAnnotationPresent(Test.class)
            || x.isAnnotationPresent(ParameterizedTest.class))) {
          found = true;
        }
      }
      assertThat(found).as("test %s for %s", l.test(), l.service()).isTrue();
    }
  }
}
