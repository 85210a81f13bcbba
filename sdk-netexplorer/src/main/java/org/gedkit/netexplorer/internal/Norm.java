package org.gedkit.netexplorer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Null normalisation used by the model records' compact constructors. */
public final class Norm {

  private Norm() {}

  /**
   * An immutable copy without null elements.
   *
   * @param list the list, or null
   * @param <T> the element type
   * @return the copy; never null
   */
  public static <T> List<T> list(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The optional, or empty when null.
   *
   * @param o the optional, or null
   * @param <T> the value type
   * @return never null
   */
  public static <T> Optional<T> opt(Optional<T> o) {
    return o == null ? Optional.empty() : o;
  }

  /**
   * The string, or empty when null.
   *
   * @param s the string
   * @return never null
   */
  public static String str(String s) {
    return Objects.requireNonNullElse(s, "");
  }
}
