package org.gedkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Nothing of {@code org.gedkit.ezged.internal} leaks into a public signature; public classes are final. */
class PublicApiTest {

  static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(EzGedClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("org/gedkit/ezged"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
        if (name.contains(".internal.") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name);
        if (Modifier.isPublic(c.getModifiers())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  @Test
  void publicSignaturesUseNoInternalType() throws Exception {
    List<String> leaks = new ArrayList<>();
    List<Class<?>> classes = publicClasses();
    assertThat(classes).hasSizeGreaterThan(25);
    for (Class<?> c : classes) {
      List<Executable> members = new ArrayList<>();
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
          members.add(m);
          check(leaks, c + "#" + m.getName(), m.getGenericReturnType());
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (Modifier.isPublic(k.getModifiers())) {
          members.add(k);
        }
      }
      for (Executable e : members) {
        for (Type t : e.getGenericParameterTypes()) {
          check(leaks, c + "#" + e.getName(), t);
        }
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          check(leaks, c + "." + rc.getName(), rc.getGenericType());
        }
      }
      if (!c.isInterface() && !c.isEnum() && !c.isRecord() && !Modifier.isAbstract(c.getModifiers())) {
        assertThat(Modifier.isFinal(c.getModifiers())).as("%s is final", c).isTrue();
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void check(List<String> leaks, String where, Type t) {
    if (t.getTypeName().contains("org.gedkit.ezged.internal")) {
      leaks.add(where + " uses " + t.getTypeName());
    }
  }
}
