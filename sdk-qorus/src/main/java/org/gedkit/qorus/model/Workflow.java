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
 * A workflow as returned by {@code GET /api/v2/workflows} and {@code GET /api/v2/workflows/{id_or_name}}.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param workflowId {@code workflowid}
 * @param name {@code name}
 * @param version {@code version}
 * @param patch {@code patch}
 * @param description {@code description}
 * @param author {@code author}
 * @param autostart {@code autostart}
 * @param manualAutostart {@code manual_autostart}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param enabled {@code enabled}
 * @param deprecated {@code deprecated}
 * @param remote {@code remote}
 * @param execCount {@code exec_count}
 * @param keyList {@code keylist}
 * @param stepMap {@code stepmap}
 * @param steps {@code steps}
 * @param segment {@code segment}
 * @param stepSeg {@code stepseg}
 * @param options {@code options}
 * @param lib {@code lib}
 * @param mappers {@code mappers}
 * @param vmaps {@code vmaps}
 * @param stepInfo {@code stepinfo}
 * @param wfFuncs {@code wffuncs}
 * @param exec {@code exec}
 * @param connections {@code connections}
 * @param groups {@code groups}
 * @param alerts {@code alerts}
 * @param sla {@code sla}
 * @param extra wire keys this SDK does not know yet
 */
public record Workflow(
    @JsonProperty("workflowid") Long workflowId,
    @JsonProperty("name") String name,
    @JsonProperty("version") String version,
    @JsonProperty("patch") String patch,
    @JsonProperty("description") String description,
    @JsonProperty("author") String author,
    @JsonProperty("autostart") Integer autostart,
    @JsonProperty("manual_autostart") Boolean manualAutostart,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("deprecated") Boolean deprecated,
    @JsonProperty("remote") Boolean remote,
    @JsonProperty("exec_count") Integer execCount,
    @JsonProperty("keylist") Object keyList,
    @JsonProperty("stepmap") Map<String, Object> stepMap,
    @JsonProperty("steps") Map<String, Object> steps,
    @JsonProperty("segment") List<Object> segment,
    @JsonProperty("stepseg") Map<String, Object> stepSeg,
    @JsonProperty("options") Object options,
    @JsonProperty("lib") Map<String, Object> lib,
    @JsonProperty("mappers") Object mappers,
    @JsonProperty("vmaps") Object vmaps,
    @JsonProperty("stepinfo") List<Object> stepInfo,
    @JsonProperty("wffuncs") List<Object> wfFuncs,
    @JsonProperty("exec") List<Object> exec,
    @JsonProperty("connections") List<Object> connections,
    @JsonProperty("groups") List<Object> groups,
    @JsonProperty("alerts") List<Object> alerts,
    @JsonProperty("sla") Object sla,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param workflowId {@code workflowid}
   * @param name {@code name}
   * @param version {@code version}
   * @param patch {@code patch}
   * @param description {@code description}
   * @param author {@code author}
   * @param autostart {@code autostart}
   * @param manualAutostart {@code manual_autostart}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param enabled {@code enabled}
   * @param deprecated {@code deprecated}
   * @param remote {@code remote}
   * @param execCount {@code exec_count}
   * @param keyList {@code keylist}
   * @param stepMap {@code stepmap}
   * @param steps {@code steps}
   * @param segment {@code segment}
   * @param stepSeg {@code stepseg}
   * @param options {@code options}
   * @param lib {@code lib}
   * @param mappers {@code mappers}
   * @param vmaps {@code vmaps}
   * @param stepInfo {@code stepinfo}
   * @param wfFuncs {@code wffuncs}
   * @param exec {@code exec}
   * @param connections {@code connections}
   * @param groups {@code groups}
   * @param alerts {@code alerts}
   * @param sla {@code sla}
   * @param extra wire keys this SDK does not know yet
   */
  public Workflow {
    stepMap = ModelCollections.copyOf(stepMap);
    steps = ModelCollections.copyOf(steps);
    segment = ModelCollections.copyOf(segment);
    stepSeg = ModelCollections.copyOf(stepSeg);
    lib = ModelCollections.copyOf(lib);
    stepInfo = ModelCollections.copyOf(stepInfo);
    wfFuncs = ModelCollections.copyOf(wfFuncs);
    exec = ModelCollections.copyOf(exec);
    connections = ModelCollections.copyOf(connections);
    groups = ModelCollections.copyOf(groups);
    alerts = ModelCollections.copyOf(alerts);
    extra = ExtraFields.copyOf(extra);
  }
}
