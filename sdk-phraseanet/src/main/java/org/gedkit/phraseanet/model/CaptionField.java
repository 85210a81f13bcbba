package org.gedkit.phraseanet.model;

import java.util.Map;
import java.util.Objects;
import org.gedkit.core.json.ExtraFields;

/**
 * One field of a record's caption (an element of {@code caption_metadatas} of
 * {@code GET /api/v1/records/{databox_id}/{record_id}/caption/}). Immutable.
 *
 * @param metaStructureId the field's id in the databox structure ({@code meta_structure_id})
 * @param name the field name ({@code name})
 * @param value the value as text ({@code value}); empty when null
 * @param extra wire fields this SDK does not know yet, never dropped
 */
public record CaptionField(long metaStructureId, String name, String value, Map<String, Object> extra) {

  /**
   * Normalises the components: nulls become empty values.
   *
   * @param metaStructureId see the record description
   * @param name see the record description
   * @param value see the record description
   * @param extra see the record description
   */
  public CaptionField {
    name = Objects.requireNonNullElse(name, "");
    value = Objects.requireNonNullElse(value, "");
    extra = ExtraFields.copyOf(extra);
  }
}
