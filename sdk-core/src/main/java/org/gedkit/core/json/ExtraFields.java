package org.gedkit.core.json;

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
   * An unmodifiable copy keeping the order and null values; null gives an empty map. The map Jackson built for the
   * record being read is kept as it is, read-only, instead of being copied ({@link ModelCollections}).
   *
   * @param extra the fields, or null
   * @return the copy; never null
   */
  public static Map<String, Object> copyOf(Map<String, Object> extra) {
    if (extra == null || extra.isEmpty()) {
      return Map.of();
    }
    return ModelCollections.copyOf(extra);
  }
}
