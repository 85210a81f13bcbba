package org.gedkit.core.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Support for the {@code extra()} map every model record keeps: the wire fields the SDK does not know
 * yet, never dropped.
 *
 * <p>A model declares its last component as
 * {@code @JsonAnySetter @JsonAnyGetter Map<String, Object> extra} and normalises it in its compact
 * constructor with {@code extra = ExtraFields.copyOf(extra);}.
 */
public final class ExtraFields {

  private ExtraFields() {}

  /**
   * An unmodifiable copy keeping the order and null values; null gives an empty map.
   *
   * @param extra the fields, or null
   * @return the copy; never null
   */
  public static Map<String, Object> copyOf(Map<String, Object> extra) {
    if (extra == null || extra.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }
}
