package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * The health summary of {@code GET /api/v2/system/health}.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param health {@code health}
 * @param ongoing {@code ongoing}
 * @param transientAlerts {@code transient}
 * @param instanceKey {@code instance-key}
 * @param remote {@code remote}
 * @param extra wire keys this SDK does not know yet
 */
public record Health(
    @JsonProperty("health") String health,
    @JsonProperty("ongoing") Long ongoing,
    @JsonProperty("transient") Long transientAlerts,
    @JsonProperty("instance-key") String instanceKey,
    @JsonProperty("remote") List<Object> remote,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param health {@code health}
   * @param ongoing {@code ongoing}
   * @param transientAlerts {@code transient}
   * @param instanceKey {@code instance-key}
   * @param remote {@code remote}
   * @param extra wire keys this SDK does not know yet
   */
  public Health {
    remote = ModelCollections.copyOf(remote);
    extra = ExtraFields.copyOf(extra);
  }
}
