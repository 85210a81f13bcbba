package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * An SLA event ({@code /api/v2/slas?action=events}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param slaEventId {@code sla_eventid}
 * @param slaId {@code slaid}
 * @param name {@code name}
 * @param value {@code value}
 * @param producer {@code producer}
 * @param created {@code created}
 * @param success {@code success}
 * @param err {@code err}
 * @param errDesc {@code errdesc}
 * @param extra wire keys this SDK does not know yet
 */
public record SlaEvent(
    @JsonProperty("sla_eventid") Long slaEventId,
    @JsonProperty("slaid") Long slaId,
    @JsonProperty("name") String name,
    @JsonProperty("value") Object value,
    @JsonProperty("producer") String producer,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("success") Boolean success,
    @JsonProperty("err") String err,
    @JsonProperty("errdesc") String errDesc,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param slaEventId {@code sla_eventid}
   * @param slaId {@code slaid}
   * @param name {@code name}
   * @param value {@code value}
   * @param producer {@code producer}
   * @param created {@code created}
   * @param success {@code success}
   * @param err {@code err}
   * @param errDesc {@code errdesc}
   * @param extra wire keys this SDK does not know yet
   */
  public SlaEvent {
    extra = ExtraFields.copyOf(extra);
  }
}
