package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * A service level agreement ({@code /api/v2/slas}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param slaId {@code slaid}
 * @param name {@code name}
 * @param units {@code units}
 * @param description {@code description}
 * @param methods {@code methods}
 * @param jobs {@code jobs}
 * @param extra wire keys this SDK does not know yet
 */
public record Sla(
    @JsonProperty("slaid") Long slaId,
    @JsonProperty("name") String name,
    @JsonProperty("units") String units,
    @JsonProperty("description") String description,
    @JsonProperty("methods") List<Object> methods,
    @JsonProperty("jobs") List<Object> jobs,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param slaId {@code slaid}
   * @param name {@code name}
   * @param units {@code units}
   * @param description {@code description}
   * @param methods {@code methods}
   * @param jobs {@code jobs}
   * @param extra wire keys this SDK does not know yet
   */
  public Sla {
    methods = ModelCollections.copyOf(methods);
    jobs = ModelCollections.copyOf(jobs);
    extra = ExtraFields.copyOf(extra);
  }
}
