package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code toString()} of every public record of every Gedkit module hides the values of its secret
 * components (passwords, tokens, session ids, keys): the classes are found on the class path, so a record
 * added later is checked without anyone listing it. Clients, builders, transports and credentials are
 * checked with real secrets by {@link SecretsTest}.
 */
class PublicTypesToStringTest {

  /** Component names that hold a secret. */
  static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(password|passwd|pwd|token|secret|sessionid|session_id|apikey|api_key|jwt|credential).*");

  @Test
  void publicRecordsHideTheirSecretComponents() throws Exception {
    List<String> checked = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (String name : gedkitClassNames()) {
      Class<?> type;
      try {
        type = Class.forName(name, false, getClass().getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || !publiclyReachable(type)) {
        continue;
      }
      RecordComponent[] components = type.getRecordComponents();
      boolean hasSecret = false;
      Object[] args = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      List<String> secrets = new ArrayList<>();
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        boolean secret = types[i] == String.class && SECRET_NAME.matcher(components[i].getName()).matches();
        if (secret) {
          hasSecret = true;
          String s = "Zq" + i + "-s3cr3t-" + components[i].getName().length() + "-Kx";
          secrets.add(s);
          args[i] = s;
        } else {
          args[i] = sample(types[i]);
        }
      }
      if (!hasSecret) {
        continue;
      }
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      Object instance;
      try {
        instance = canonical.newInstance(args);
      } catch (InvocationTargetException e) {
        refused.add(name + ": " + e.getCause());
        continue;
      }
      String text = String.valueOf(instance);
      checked.add(name);
      for (String s : secrets) {
        if (text.contains(s)) {
          leaks.add(name + " shows a secret component in toString(): " + text.replace(s, "<SECRET>"));
        }
      }
    }
    assertThat(leaks).as("records whose toString() shows a secret").isEmpty();
    assertThat(checked).as("records with a secret component were found and checked (refused: %s)", refused)
        .isNotEmpty();
  }

  private static boolean publiclyReachable(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static Object sample(Class<?> t) {
    if (t == String.class) {
      return "v";
    }
    if (t == boolean.class) {
      return false;
    }
    if (t == char.class) {
      return 'c';
    }
    if (t.isPrimitive()) {
      return t == long.class ? 1L : t == int.class ? 1 : t == double.class ? 1d : t == float.class ? 1f
          : t == short.class ? (short) 1 : (byte) 1;
    }
    if (t == List.class) {
      return List.of();
    }
    if (t == Set.class) {
      return Set.of();
    }
    if (t == Map.class) {
      return Map.of();
    }
    if (t == Optional.class) {
      return Optional.empty();
    }
    return null;
  }

  /** Every class under {@code org/gedkit} of the main class path entries (directories and jars). */
  static Set<String> gedkitClassNames() throws IOException {
    Set<String> names = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.contains("test-classes")) {
        continue;
      }
      if (Files.isDirectory(p.resolve("org/gedkit"))) {
        try (Stream<Path> files = Files.walk(p.resolve("org/gedkit"))) {
          files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(className(p.relativize(f).toString())));
        }
      } else if (entry.endsWith(".jar") && p.getFileName().toString().startsWith("gedkit-") && Files.isRegularFile(p)) {
        try (JarFile jar = new JarFile(p.toFile())) {
          jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("org/gedkit/") && n.endsWith(".class"))
              .forEach(n -> names.add(className(n)));
        }
      }
    }
    names.removeIf(n -> n.endsWith("module-info") || n.endsWith("package-info"));
    return names;
  }

  private static String className(String file) {
    return file.substring(0, file.length() - ".class".length()).replace(File.separatorChar, '.').replace('/', '.');
  }
}
