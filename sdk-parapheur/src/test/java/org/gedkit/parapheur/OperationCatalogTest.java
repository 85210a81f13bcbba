package org.gedkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Fails when a documented operation has no SDK method, or no test. */
class OperationCatalogTest {

  record Row(String operation, String section, String method, String route, String sdkMethod, String test) {}

  static List<Row> catalog() {
    String[] lines = TestSupport.resource("operations.tsv").split("\n");
    assertThat(lines[0]).isEqualTo("operation\tvendor_section\tmethod\troute\tsdk_method\ttest");
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] c = lines[i].split("\t", -1);
      assertThat(c).as("line %d has 6 columns", i + 1).hasSize(6);
      rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5]));
    }
    return rows;
  }

  @Test
  void everyRow_namesAPublicSdkMethod_andAnExistingTest() throws ClassNotFoundException {
    for (Row r : catalog()) {
      String[] sdk = r.sdkMethod().split("#");
      Class<?> type = Class.forName(sdkClass(sdk[0]));
      assertThat(Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(sdk[1]))
          .anyMatch(m -> Modifier.isPublic(m.getModifiers())))
          .as("%s: public method %s", r.operation(), r.sdkMethod()).isTrue();
      String[] test = r.test().split("#");
      Class<?> testClass = Class.forName("org.gedkit.parapheur." + test[0]);
      boolean found = false;
      for (Method m : testClass.getDeclaredMethods()) {
        if (m.getName().equals(test[1]) && (m.isAnnotationPresent(org.junit.jupiter.api.Test.class)
            || m.isAnnotationPresent(org.junit.jupiter.params.ParameterizedTest.class))) {
          found = true;
        }
      }
      assertThat(found).as("%s: test %s", r.operation(), r.test()).isTrue();
    }
  }

  private static String sdkClass(String simple) {
    if (simple.equals("SignedDocument") || simple.equals("HistoryEntry")) {
      return "org.gedkit.parapheur.model." + simple;
    }
    return "org.gedkit.parapheur." + simple;
  }

  @Test
  void everyRouteAndModeOfTheSeedDocument_isInTheCatalog() {
    String seed = TestSupport.read(TestSupport.seeds().resolve("parapheur-history-proof.txt"));
    List<Row> rows = catalog();
    Matcher route = Pattern.compile("(?m)^Route\\s*\\n(GET|POST|PUT|DELETE) (\\S+)").matcher(seed);
    int routes = 0;
    List<Integer> starts = new ArrayList<>();
    List<String[]> found = new ArrayList<>();
    while (route.find()) {
      starts.add(route.start());
      found.add(new String[] {route.group(1), route.group(2)});
    }
    for (int i = 0; i < found.size(); i++) {
      String method = found.get(i)[0];
      String path = found.get(i)[1];
      String section = seed.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : seed.length());
      Matcher modes = Pattern.compile("^mode \\|.*?Valeurs possibles : (\\w+) ou (\\w+)", Pattern.MULTILINE | Pattern.DOTALL)
          .matcher(section);
      assertThat(modes.find()).as("the seed lists the modes of %s", path).isTrue();
      for (String mode : List.of(modes.group(1), modes.group(2))) {
        assertThat(rows).as("%s %s mode=%s", method, path, mode)
            .anyMatch(r -> r.method().equals(method) && r.route().equals(path + "?mode=" + mode));
      }
      routes++;
    }
    assertThat(routes).as("routes in the seed document").isEqualTo(2);
    assertThat(seed).contains("onlyProof");
    assertThat(rows).anyMatch(r -> r.section().contains("onlyProof = true|false"));
  }
}
