package org.gedkit.ezged.internal;

import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.Function;
import org.gedkit.ezged.model.Row;

/**
 * Lets the reply readers of this module hand a freshly built column map to a {@link Row} without the copy its public
 * constructor makes (one copy less per row when paging). Only {@code Row} itself installs the factory, once, from its
 * static initializer; the map given to {@link #adopt} must not be used by the caller afterwards.
 */
public final class RowAccess {

  // No static initializer here, on purpose: Row's initializer calls install(), so if this class's initializer
  // touched Row in turn, two threads initialising Row and RowAccess at the same time would each wait for the
  // other's class-initialisation lock forever (seen in the concurrent fault matrix). adopt() creates a Row on
  // first use instead, which initialises Row (and so installs the factory) from outside any initializer.
  private static volatile Function<LinkedHashMap<String, Object>, Row> adopter;

  private RowAccess() {}

  /**
   * Called once by {@code Row}'s static initializer.
   *
   * @param factory wraps a map, read-only and without copying, in a row
   * @throws IllegalStateException when a factory is already installed
   */
  public static synchronized void install(Function<LinkedHashMap<String, Object>, Row> factory) {
    if (adopter != null) {
      throw new IllegalStateException("the Row factory is installed once, by Row");
    }
    adopter = Objects.requireNonNull(factory, "factory");
  }

  /**
   * A row that takes over a map nobody else holds.
   *
   * @param fresh a map just built by the caller, which keeps no reference to it
   * @return the row; its columns are a read-only view of {@code fresh}
   */
  public static Row adopt(LinkedHashMap<String, Object> fresh) {
    Function<LinkedHashMap<String, Object>, Row> f = adopter;
    if (f == null) {
      // another thread is initialising Row: creating one waits until it is done, and so until the factory is set
      Objects.requireNonNull(new Row(null));
      f = adopter;
    }
    return f.apply(fresh);
  }
}
