package org.gedkit.phraseanet.model;

import java.util.Map;
import java.util.Objects;
import org.gedkit.core.json.ExtraFields;

/**
 * A Phraseanet databox (an element of {@code databoxes} of {@code GET /api/v1/databoxes/list/}).
 * Immutable.
 *
 * @param id the databox id ({@code databox_id})
 * @param name the database name ({@code name})
 * @param viewName the display name ({@code viewname}); empty on servers that do not send it (API 1.0)
 * @param labels the display name by language code ({@code labels}); empty when not sent
 * @param version the Phraseanet version of the databox ({@code version}); empty when not sent
 * @param extra wire fields this SDK does not know yet, never dropped
 */
public record Databox(long id, String name, String viewName, Map<String, String> labels, String version,
    Map<String, Object> extra) {

  /**
   * Normalises the components: nulls become empty values.
   *
   * @param id see the record description
   * @param name see the record description
   * @param viewName see the record description
   * @param labels see the record description
   * @param version see the record description
   * @param extra see the record description
   */
  public Databox {
    name = Objects.requireNonNullElse(name, "");
    viewName = Objects.requireNonNullElse(viewName, "");
    labels = org.gedkit.core.json.ModelCollections.copyOf(labels);
    version = Objects.requireNonNullElse(version, "");
    extra = ExtraFields.copyOf(extra);
  }
}
