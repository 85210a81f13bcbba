package org.gedkit.netexplorer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.json.ModelCollections;

/** Null normalisation used by the model records' compact constructors. */
public final class Norm {

  private Norm() {}

  /**
   * A read-only list of the same elements without nulls: the list Jackson built for a model is kept behind its
   * read-only view (no copy) when it holds no null, and anything else is copied once.
   *
   * @param list the list, or null
   * @param <T> the element type
   * @return the read-only list; never null
   */
  public static <T> List<T> list(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    boolean hasNull = false;
    for (T t : list) {
      if (t == null) {
        hasNull = true;
        break;
      }
    }
    if (!hasNull) {
      return ModelCollections.copyOf(list);
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        out.add(t);
      }
    }
    return ModelCollections.copyOf(out);
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
