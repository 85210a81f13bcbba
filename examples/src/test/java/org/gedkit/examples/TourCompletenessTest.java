package org.gedkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when an example exists but is not in the tour, or is not runnable alone, or does not document how to
 * point it at a real server.
 */
class TourCompletenessTest {

  static final List<String> ORDER = List.of("ezged", "netexplorer", "phraseanet", "qorus", "parapheur",
      "ezged-to-netexplorer");
  /** Examples that span back ends and always run on the emulators (their stores are opened by the caller). */
  static final java.util.Set<String> EMULATOR_ONLY = java.util.Set.of("ezged-to-netexplorer");

  @Test
  void everyExample_isInTheTour_inTheDocumentedOrder() throws Exception {
    List<Class<?>> found = exampleClasses();
    assertThat(found).as("examples found in the compiled classes").hasSizeGreaterThanOrEqualTo(4);
    List<Class<?>> inTour = new ArrayList<>();
    for (Example e : Tour.examples()) {
      inTour.add(e.getClass());
    }
    assertThat(inTour).as("Tour.examples()").containsExactlyInAnyOrderElementsOf(found);

    List<String> backends = Tour.examples().stream().map(Example::backend).toList();
    assertThat(backends).doesNotHaveDuplicates();
    assertThat(ORDER).containsAll(backends);
    List<String> expectedOrder = ORDER.stream().filter(backends::contains).toList();
    assertThat(backends).as("tour order").containsExactlyElementsOf(expectedOrder);
  }

  @Test
  void everyExample_runsAlone_andDocumentsItsServerVariables() throws Exception {
    String index = Docs.read("docs/index.md");
    for (Class<?> c : exampleClasses()) {
      Method main = c.getMethod("main", String[].class);
      assertThat(Modifier.isStatic(main.getModifiers())).as(c + " main").isTrue();
      Example e = (Example) c.getConstructor().newInstance();
      if (EMULATOR_ONLY.contains(e.backend())) {
        continue;
      }
      String url = "GEDKIT_" + e.backend().toUpperCase(Locale.ROOT) + "_URL";
      String source = Docs.read("examples/src/main/java/" + c.getName().replace('.', '/') + ".java");
      assertThat(source).as(c.getSimpleName() + " Javadoc").contains("{@code " + url + "}");
      assertThat(index).as("docs/index.md").contains("`" + url + "`");
    }
  }

  static List<Class<?>> exampleClasses() throws IOException, ClassNotFoundException {
    Path classes = Docs.root().resolve("examples/target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
        String name = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
            .replaceAll("\\.class$", "");
        Class<?> c = Class.forName(name);
        if (Example.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
          found.add(c);
        }
      }
    }
    return found;
  }
}
