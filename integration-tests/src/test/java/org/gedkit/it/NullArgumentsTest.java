package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.testkit.EmulatorServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method of every API group of every client (the objects its accessors return) and of every
 * public builder of the adapter's package, called with {@code null} in one argument at a time (the others
 * plausible): what escapes is a {@link GedkitException} or nothing — never a NullPointerException — and
 * an {@link InvalidArgumentException} means nothing was sent. Found by reflection, so a method added later
 * is covered without anyone listing it; {@link BadInputTest} checks the messages of hand-picked bad values.
 */
class NullArgumentsTest {

  @TempDir Path tmp;

  static Stream<AdapterUnderTest> adapters() {
    return Adapters.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void nullIsATypedRefusalNeverANullPointerException(AdapterUnderTest adapter) throws Exception {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try (EmulatorServer emulator = adapter.newEmulator()) {
      emulator.start();
      try (AutoCloseable client = adapter.newClient(emulator.baseUrl(), new AdapterUnderTest.Settings(
          new RecordingSleeper(), Duration.ofSeconds(2), null, RetryPolicy.none()))) {
        List<Object> targets = new ArrayList<>();
        for (Method accessor : sorted(client.getClass().getMethods())) {
          Class<?> rt = accessor.getReturnType();
          if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())
              && rt.getPackageName().equals(client.getClass().getPackageName()) && rt != client.getClass()
              && !rt.getSimpleName().equals("Builder") && !rt.isEnum() && !rt.isRecord()) {
            targets.add(accessor.invoke(client));
          }
        }
        for (Class<?> type : AdapterClasses.publicTypes(client.getClass().getPackageName())) {
          Method builder = staticNoArg(type, "builder");
          if (builder != null) {
            targets.add(builder.invoke(null));
          }
        }
        assertThat(targets).as("API groups and builders found").hasSizeGreaterThan(1);
        for (Object target : targets) {
          for (Method m : sorted(target.getClass().getMethods())) {
            if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
              continue;
            }
            Class<?>[] types = m.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
              if (types[i].isPrimitive()) {
                continue;
              }
              Object[] args = new Object[types.length];
              for (int k = 0; k < types.length; k++) {
                args[k] = k == i ? null : sample(types[k], tmp);
              }
              calls++;
              int before = emulator.requests().size();
              String where = target.getClass().getSimpleName() + "." + m.getName() + " arg " + i + " ("
                  + types[i].getSimpleName() + ") of " + types.length;
              Future<?> f = runner.submit(() -> m.invoke(target, args));
              try {
                f.get(10, TimeUnit.SECONDS);
              } catch (TimeoutException e) {
                f.cancel(true);
                wrong.add(where + ": did not return within 10 s");
              } catch (java.util.concurrent.ExecutionException e) {
                Throwable t = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e.getCause();
                if (!(t instanceof GedkitException)) {
                  wrong.add(where + ": " + t);
                } else if (t instanceof InvalidArgumentException iae && iae.status().isEmpty()
                    && emulator.requests().size() != before) {
                  // (an InvalidArgumentException with a status is the server's 400 to a value the SDK let through)
                  wrong.add(where + ": refused as invalid only after sending a request");
                }
              }
            }
          }
        }
      }
    } finally {
      runner.shutdownNow();
    }
    assertThat(wrong).as("%s: calls with a null argument that escaped untyped (of %d)", adapter, calls).isEmpty();
  }

  private static List<Method> sorted(Method[] methods) {
    List<Method> list = new ArrayList<>(List.of(methods));
    list.sort(Comparator.comparing(Method::toGenericString));
    return list;
  }

  private static Method staticNoArg(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      return Modifier.isStatic(m.getModifiers()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** A plausible non-null value of a parameter type, or null when none can be made. */
  static Object sample(Class<?> t, Path tmp) {
    try {
      if (t == String.class || t == CharSequence.class || t == Object.class) {
        return "x1";
      }
      if (t == long.class || t == Long.class) {
        return 1L;
      }
      if (t == int.class || t == Integer.class) {
        return 1;
      }
      if (t == short.class || t == Short.class) {
        return (short) 1;
      }
      if (t == double.class || t == Double.class) {
        return 1d;
      }
      if (t == float.class || t == Float.class) {
        return 1f;
      }
      if (t == boolean.class || t == Boolean.class) {
        return false;
      }
      if (t == byte[].class) {
        return new byte[] {1, 2, 3};
      }
      if (t == Path.class) {
        Path p = Files.createTempFile(tmp, "arg", ".bin");
        Files.writeString(p, "abc", StandardCharsets.UTF_8);
        return p;
      }
      if (t == InputStream.class) {
        return new ByteArrayInputStream(new byte[] {1, 2, 3});
      }
      if (t == OutputStream.class) {
        return OutputStream.nullOutputStream();
      }
      if (t == List.class || t == Collection.class || t == Iterable.class) {
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
      if (t == Duration.class) {
        return Duration.ofSeconds(1);
      }
      if (t == Instant.class) {
        return Instant.parse("2026-01-02T03:04:05Z");
      }
      if (t == OffsetDateTime.class) {
        return OffsetDateTime.parse("2026-01-02T03:04:05Z");
      }
      if (t == LocalDate.class) {
        return LocalDate.of(2026, 1, 2);
      }
      if (t.isEnum()) {
        return t.getEnumConstants()[0];
      }
      for (String factory : List.of("defaults", "none", "of")) {
        Method m = staticNoArg(t, factory);
        if (m != null && t.isAssignableFrom(m.getReturnType())) {
          return m.invoke(null);
        }
      }
      Method b = staticNoArg(t, "builder");
      if (b != null) {
        Object builder = b.invoke(null);
        Method build = builder.getClass().getMethod("build");
        Object built = build.invoke(builder);
        if (t.isInstance(built)) {
          return built;
        }
      }
      if (t.isInterface()) {
        return Proxy.newProxyInstance(t.getClassLoader(), new Class<?>[] {t}, (proxy, method, a) -> {
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "toString" -> "sample " + t.getSimpleName();
              case "hashCode" -> 1;
              case "equals" -> proxy == a[0];
              default -> null;
            };
          }
          return method.isDefault() ? InvocationHandlerDefaults.invokeDefault(proxy, method, a)
              : defaultValue(method.getReturnType());
        });
      }
    } catch (Exception | LinkageError e) {
      return null;
    }
    return null;
  }

  private static Object defaultValue(Class<?> t) {
    if (t == boolean.class) {
      return false;
    }
    if (t == void.class || !t.isPrimitive()) {
      return null;
    }
    return t == long.class ? 0L : t == double.class ? 0d : t == float.class ? 0f : t == char.class ? (char) 0
        : t == short.class ? (short) 0 : t == byte.class ? (byte) 0 : 0;
  }

  /** Calls an interface's default method on a proxy. */
  private static final class InvocationHandlerDefaults {
    private InvocationHandlerDefaults() {}

    static Object invokeDefault(Object proxy, Method method, Object[] args) throws Throwable {
      return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
    }
  }
}
