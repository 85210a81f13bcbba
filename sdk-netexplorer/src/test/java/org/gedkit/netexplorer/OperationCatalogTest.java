package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gedkit.netexplorer.internal.Routes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The operation catalog (operations.tsv) lists every route of the route table; an implemented route must name an
 * existing public SDK method and an existing test; every part-1 route of high or medium confidence is implemented.
 */
class OperationCatalogTest {

  /** Groups of part 1 (issue 5); part 2 adds the others. */
  static final Set<String> PART1_GROUPS = Set.of("account", "folders", "files", "trash", "tokens", "preview", "sync");
  /** Routes of other groups that part 1 covers. */
  static final Set<String> PART1_EXTRA = Set.of("GET_ZIP");

  record Row(String operation, String group, String method, String path, String evidence, String confidence,
      String sdkMethod, String test) { }

  static List<Row> rows() throws Exception {
    List<Row> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        OperationCatalogTest.class.getResourceAsStream("operations.tsv")), StandardCharsets.UTF_8))) {
      String header = r.readLine();
      assertThat(header).isEqualTo("operation\tgroup\tmethod\tpath\tevidence\tconfidence\tsdk_method\ttest");
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] p = line.split("\t", -1);
        assertThat(p).as(line).hasSize(8);
        out.add(new Row(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]));
      }
    }
    return out;
  }

  @Test
  void catalog_listsEveryRouteOfTheRouteTable_once_andAgreesWithRoutes() throws Exception {
    List<Row> rows = rows();
    Map<String, Row> byName = new LinkedHashMap<>();
    for (Row row : rows) {
      assertThat(byName.put(row.operation(), row)).as("duplicate " + row.operation()).isNull();
    }
    assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(Routes.values()).map(Routes::name).toList());
    for (Routes route : Routes.values()) {
      Row row = byName.get(route.name());
      assertThat(row.method()).as(route.name()).isEqualTo(route.method());
      assertThat(row.path()).as(route.name()).isEqualTo(route.template());
      assertThat(row.confidence()).as(route.name()).isEqualToIgnoringCase(route.confidence().name());
      assertThat(row.group()).as(route.name()).isEqualTo(route.group());
      assertThat(row.evidence()).as(route.name()).isNotBlank();
    }
  }

  @Test
  void routeTableSource_hasAsManyRowsAsTheCatalog() throws Exception {
    String seeds = System.getProperty("gedkit.seeds");
    assumeTrue(seeds != null && !seeds.isBlank(), "gedkit.seeds is not set");
    Path md = Path.of(seeds).resolveSibling("netexplorer-routes.md");
    assumeTrue(Files.exists(md), "no route table at " + md);
    String text = Files.readString(md);
    String table = text.substring(text.indexOf("## Route table"), text.indexOf("## Authentication flow"));
    long count = table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| operation")).count();
    assertThat(rows()).hasSize((int) count);
  }

  @Test
  void implementedOperations_haveAnSdkMethodAndATest() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Row row : rows()) {
      if (row.sdkMethod().isEmpty()) {
        if (!row.test().isEmpty()) {
          problems.add(row.operation() + ": a test but no SDK method");
        }
        continue;
      }
      if (row.confidence().equals("low")) {
        problems.add(row.operation() + ": low-confidence routes are not exposed");
      }
      if (!publicMethodExists("org.gedkit.netexplorer." + row.sdkMethod())) {
        problems.add(row.operation() + ": no public method " + row.sdkMethod());
      }
      if (row.test().isEmpty()) {
        problems.add(row.operation() + ": implemented but no test");
      } else if (!testExists("org.gedkit.netexplorer." + row.test())) {
        problems.add(row.operation() + ": no test method " + row.test());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyPart1RouteOfHighOrMediumConfidence_isImplemented_andReportsWhatRemains() throws Exception {
    List<Row> rows = rows();
    List<String> part1Missing = rows.stream()
        .filter(r -> PART1_GROUPS.contains(r.group()) || PART1_EXTRA.contains(r.operation()))
        .filter(r -> !r.confidence().equals("low") && r.sdkMethod().isEmpty())
        .map(Row::operation).toList();
    long implemented = rows.stream().filter(r -> !r.sdkMethod().isEmpty()).count();
    Map<String, Long> remaining = rows.stream().filter(r -> r.sdkMethod().isEmpty())
        .collect(Collectors.groupingBy(Row::confidence, java.util.TreeMap::new, Collectors.counting()));
    Set<String> remainingGroups = rows.stream().filter(r -> r.sdkMethod().isEmpty() && !r.confidence().equals("low"))
        .map(Row::group).collect(Collectors.toCollection(TreeSet::new));
    System.out.printf("NetExplorer catalog: %d of %d routes implemented; %d remain %s in groups %s%n",
        implemented, rows.size(), rows.size() - implemented, remaining, remainingGroups);
    assertThat(part1Missing).as("part-1 routes without an SDK method").isEmpty();
    assertThat(EnumSet.allOf(Routes.Confidence.class)).hasSize(3);
  }

  static boolean publicMethodExists(String ref) {
    String[] p = ref.split("#");
    try {
      Class<?> c = Class.forName(p[0]);
      for (Method m : c.getMethods()) {
        if (m.getName().equals(p[1]) && Modifier.isPublic(m.getModifiers())) {
          return true;
        }
      }
    } catch (ClassNotFoundException e) {
      return false;
    }
    return false;
  }

  static boolean testExists(String ref) {
    String[] p = ref.split("#");
    try {
      Class<?> c = Class.forName(p[0]);
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(p[1])
            && (m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class))) {
          return true;
        }
      }
    } catch (ClassNotFoundException e) {
      return false;
    }
    return false;
  }
}
