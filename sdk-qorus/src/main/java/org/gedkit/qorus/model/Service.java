package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * A service ({@code GET /api/v2/services}, {@code GET /api/v2/services/{id_or_name}}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param serviceId {@code serviceid}
 * @param type {@code type}
 * @param name {@code name}
 * @param version {@code version}
 * @param patch {@code patch}
 * @param desc {@code desc}
 * @param description {@code description}
 * @param author {@code author}
 * @param parseOptions {@code parse_options}
 * @param autostart {@code autostart}
 * @param manualAutostart {@code manual_autostart}
 * @param enabled {@code enabled}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param mappers {@code mappers}
 * @param vmaps {@code vmaps}
 * @param latest {@code latest}
 * @param methods {@code methods}
 * @param groups {@code groups}
 * @param resourceFiles {@code resource_files}
 * @param status {@code status}
 * @param threads {@code threads}
 * @param resources {@code resources}
 * @param log {@code log}
 * @param logUrl {@code log_url}
 * @param options {@code options}
 * @param connections {@code connections}
 * @param hasAlerts {@code has_alerts}
 * @param alerts {@code alerts}
 * @param lib {@code lib}
 * @param loaded {@code loaded}
 * @param state {@code state}
 * @param extra wire keys this SDK does not know yet
 */
public record Service(
    @JsonProperty("serviceid") Long serviceId,
    @JsonProperty("type") String type,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("patch") String patch,
    @JsonProperty("desc") String desc,
    @JsonProperty("description") String description,
    @JsonProperty("author") String author,
    @JsonProperty("parse_options") Object parseOptions,
    @JsonProperty("autostart") Boolean autostart,
    @JsonProperty("manual_autostart") Boolean manualAutostart,
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("mappers") Object mappers,
    @JsonProperty("vmaps") Object vmaps,
    @JsonProperty("latest") Boolean latest,
    @JsonProperty("methods") List<Object> methods,
    @JsonProperty("groups") List<Object> groups,
    @JsonProperty("resource_files") Object resourceFiles,
    @JsonProperty("status") String status,
    @JsonProperty("threads") Integer threads,
    @JsonProperty("resources") Object resources,
    @JsonProperty("log") String log,
    @JsonProperty("log_url") String logUrl,
    @JsonProperty("options") Object options,
    @JsonProperty("connections") List<Object> connections,
    @JsonProperty("has_alerts") Boolean hasAlerts,
    @JsonProperty("alerts") List<Object> alerts,
    @JsonProperty("lib") Map<String, Object> lib,
    @JsonProperty("loaded") Object loaded,
    @JsonProperty("state") Map<String, Object> state,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param serviceId {@code serviceid}
   * @param type {@code type}
   * @param name {@code name}
   * @param version {@code version}
   * @param patch {@code patch}
   * @param desc {@code desc}
   * @param description {@code description}
   * @param author {@code author}
   * @param parseOptions {@code parse_options}
   * @param autostart {@code autostart}
   * @param manualAutostart {@code manual_autostart}
   * @param enabled {@code enabled}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param mappers {@code mappers}
   * @param vmaps {@code vmaps}
   * @param latest {@code latest}
   * @param methods {@code methods}
   * @param groups {@code groups}
   * @param resourceFiles {@code resource_files}
   * @param status {@code status}
   * @param threads {@code threads}
   * @param resources {@code resources}
   * @param log {@code log}
   * @param logUrl {@code log_url}
   * @param options {@code options}
   * @param connections {@code connections}
   * @param hasAlerts {@code has_alerts}
   * @param alerts {@code alerts}
   * @param lib {@code lib}
   * @param loaded {@code loaded}
   * @param state {@code state}
   * @param extra wire keys this SDK does not know yet
   */
  public Service {
    methods = ModelCollections.copyOf(methods);
    groups = ModelCollections.copyOf(groups);
    connections = ModelCollections.copyOf(connections);
    alerts = ModelCollections.copyOf(alerts);
    lib = ModelCollections.copyOf(lib);
    state = ModelCollections.copyOf(state);
    extra = ExtraFields.copyOf(extra);
  }
}
