package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A REST Alert Hash (system, workflow, service or job alerts).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param type {@code type}
 * @param id {@code id}
 * @param alertId {@code alertid}
 * @param alert {@code alert}
 * @param reason {@code reason}
 * @param who {@code who}
 * @param source {@code source}
 * @param object {@code object}
 * @param instance {@code instance}
 * @param name {@code name}
 * @param version {@code version}
 * @param auditId {@code auditid}
 * @param when {@code when}
 * @param local {@code local}
 * @param alertType {@code alerttype}
 * @param extra wire keys this SDK does not know yet
 */
public record Alert(
    @JsonProperty("type") String type,
    @JsonProperty("id") Object id,
    @JsonProperty("alertid") Long alertId,
    @JsonProperty("alert") String alert,
    @JsonProperty("reason") String reason,
    @JsonProperty("who") String who,
    @JsonProperty("source") String source,
    @JsonProperty("object") String object,
    @JsonProperty("instance") String instance,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("auditid") Long auditId,
    @JsonProperty("when") OffsetDateTime when,
    @JsonProperty("local") Boolean local,
    @JsonProperty("alerttype") String alertType,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param type {@code type}
   * @param id {@code id}
   * @param alertId {@code alertid}
   * @param alert {@code alert}
   * @param reason {@code reason}
   * @param who {@code who}
   * @param source {@code source}
   * @param object {@code object}
   * @param instance {@code instance}
   * @param name {@code name}
   * @param version {@code version}
   * @param auditId {@code auditid}
   * @param when {@code when}
   * @param local {@code local}
   * @param alertType {@code alerttype}
   * @param extra wire keys this SDK does not know yet
   */
  public Alert {
    extra = ExtraFields.copyOf(extra);
  }
}
