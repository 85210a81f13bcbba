package org.gedkit.ezged.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gedkit.ezged.model.Row;
import org.junit.jupiter.api.Test;

/**
 * {@code Row} installs its factory into {@link RowAccess} from its static initializer; when {@code RowAccess}'s
 * own initializer touched {@code Row} in turn, two threads initialising the two classes at once deadlocked on
 * each other's class-initialisation lock (the fault matrix hung on it). Each round loads both classes afresh, in
 * their own class loader, and initialises them from two threads released together.
 */
class RowAccessInitTest {

  @Test
  void rowAndRowAccessInitialiseTogetherWithoutDeadlock() throws Exception {
    URL classes = Row.class.getProtectionDomain().getCodeSource().getLocation();
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 25; round++) {
        try (URLClassLoader fresh = new ChildFirst(classes, getClass().getClassLoader())) {
          CyclicBarrier start = new CyclicBarrier(2);
          Future<?> row = two.submit(() -> {
            start.await();
            return Class.forName("org.gedkit.ezged.model.Row", true, fresh);
          });
          Future<Object> adopted = two.submit(() -> {
            start.await();
            Class<?> access = Class.forName("org.gedkit.ezged.internal.RowAccess", true, fresh);
            LinkedHashMap<String, Object> columns = new LinkedHashMap<>();
            columns.put("A", 1);
            return access.getMethod("adopt", LinkedHashMap.class).invoke(null, columns);
          });
          row.get(10, TimeUnit.SECONDS);
          Object r = adopted.get(10, TimeUnit.SECONDS);
          assertThat(r.getClass().getClassLoader()).isSameAs(fresh);
          assertThat(r.toString()).contains("A");
        }
      }
    } finally {
      two.shutdownNow();
    }
  }

  /** Loads this module's classes itself (fresh, uninitialised copies), everything else from the parent. */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL classes, ClassLoader parent) {
      super(new URL[] {classes}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.gedkit.ezged.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        return c != null ? c : findClass(name);
      }
    }
  }
}
