package org.gedkit.netexplorer.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON body helpers of the part-2 resource groups: ordered objects, id lists, dates. */
public final class Wire {

  private Wire() {}

  /**
   * An ordered JSON object from name/value pairs; null values are skipped.
   *
   * @param kv names and values, alternating
   * @return a mutable ordered map
   */
  public static Map<String, Object> obj(Object... kv) {
    if (kv.length % 2 != 0) {
      throw new IllegalArgumentException("name/value pairs expected");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        m.put((String) kv[i], kv[i + 1]);
      }
    }
    return m;
  }

  /**
   * Merges maps in order (later keys win).
   *
   * @param first the first map
   * @param more the next ones
   * @return a mutable ordered map
   */
  @SafeVarargs
  public static Map<String, Object> merge(Map<String, Object> first, Map<String, Object>... more) {
    Map<String, Object> m = new LinkedHashMap<>(first);
    for (Map<String, Object> x : more) {
      m.putAll(x);
    }
    return m;
  }

  /**
   * A list of {@code {"id": x}} objects, the wire form of memberships (seed: "entrées ne contenant que l'id").
   *
   * @param ids the ids
   * @return the list
   */
  public static List<Map<String, Object>> idObjects(List<?> ids) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object id : ids) {
      out.add(Collections.singletonMap("id", id));
    }
    return out;
  }

  /**
   * A list of {@code {"email": x}} objects (recipients).
   *
   * @param emails the addresses
   * @return the list
   */
  public static List<Map<String, Object>> emailObjects(List<String> emails) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String e : emails) {
      out.add(Collections.singletonMap("email", e));
    }
    return out;
  }

  /**
   * A date in ISO 8601 with offset, as the seed's examples print them.
   *
   * @param t the date, or null
   * @return the text, or null
   */
  public static String date(OffsetDateTime t) {
    return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }
}
