package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;

/**
 * A service method ({@code GET /api/v2/services/{id_or_name}/{method}}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param name {@code name}
 * @param desc {@code desc}
 * @param description {@code description}
 * @param author {@code author}
 * @param locktype {@code locktype}
 * @param internal {@code internal}
 * @param writeLock {@code write_lock}
 * @param serviceMethodId {@code service_methodid}
 * @param serviceStatus {@code service_status}
 * @param serviceId {@code serviceid}
 * @param serviceName {@code service_name}
 * @param serviceType {@code service_type}
 * @param sla {@code sla}
 * @param extra wire keys this SDK does not know yet
 */
public record ServiceMethod(
    @JsonProperty("name") String name,
    @JsonProperty("desc") String desc,
    @JsonProperty("description") String description,
    @JsonProperty("author") String author,
    @JsonProperty("locktype") String locktype,
    @JsonProperty("internal") Boolean internal,
    @JsonProperty("write_lock") Boolean writeLock,
    @JsonProperty("service_methodid") Long serviceMethodId,
    @JsonProperty("service_status") String serviceStatus,
    @JsonProperty("serviceid") Long serviceId,
    @JsonProperty("service_name") String serviceName,
    @JsonProperty("service_type") String serviceType,
    @JsonProperty("sla") Object sla,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param name {@code name}
   * @param desc {@code desc}
   * @param description {@code description}
   * @param author {@code author}
   * @param locktype {@code locktype}
   * @param internal {@code internal}
   * @param writeLock {@code write_lock}
   * @param serviceMethodId {@code service_methodid}
   * @param serviceStatus {@code service_status}
   * @param serviceId {@code serviceid}
   * @param serviceName {@code service_name}
   * @param serviceType {@code service_type}
   * @param sla {@code sla}
   * @param extra wire keys this SDK does not know yet
   */
  public ServiceMethod {
    extra = ExtraFields.copyOf(extra);
  }
}
