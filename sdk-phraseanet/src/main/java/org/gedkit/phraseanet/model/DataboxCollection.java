package org.gedkit.phraseanet.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;

/**
 * A collection of a databox (an element of {@code collections} of
 * {@code GET /api/v1/databoxes/{databox_id}/collections/}). Immutable.
 *
 * @param baseId the collection's id across databoxes ({@code base_id}), as quarantine items name it
 * @param collectionId the id inside its databox ({@code collection_id})
 * @param name the name ({@code name})
 * @param labels the display name by language code ({@code labels}); empty when not sent
 * @param recordAmount how many records it holds ({@code record_amount}), when sent
 * @param extra wire fields this SDK does not know yet, never dropped
 */
public record DataboxCollection(long baseId, long collectionId, String name, Map<String, String> labels,
    Optional<Long> recordAmount, Map<String, Object> extra) {

  /**
   * Normalises the components: nulls become empty values.
   *
   * @param baseId see the record description
   * @param collectionId see the record description
   * @param name see the record description
   * @param labels see the record description
   * @param recordAmount see the record description
   * @param extra see the record description
   */
  public DataboxCollection {
    name = Objects.requireNonNullElse(name, "");
    labels = org.gedkit.core.json.ModelCollections.copyOf(labels);
    recordAmount = Objects.requireNonNullElse(recordAmount, Optional.empty());
    extra = ExtraFields.copyOf(extra);
  }
}
