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
 * A job ({@code GET /api/v2/jobs}, {@code GET /api/v2/jobs/{id_or_name}}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param jobId {@code jobid}
 * @param name {@code name}
 * @param description {@code description}
 * @param version {@code version}
 * @param author {@code author}
 * @param singleInstance {@code single_instance}
 * @param sessionId {@code sessionid}
 * @param runSkipped {@code run_skipped}
 * @param code {@code code}
 * @param month {@code month}
 * @param day {@code day}
 * @param wday {@code wday}
 * @param hour {@code hour}
 * @param minute {@code minute}
 * @param duration {@code duration}
 * @param lastExecuted {@code last_executed}
 * @param lastExecutedJobInstanceId {@code last_executed_job_instanceid}
 * @param created {@code created}
 * @param modified {@code modified}
 * @param manuallyUpdated {@code manually_updated}
 * @param groups {@code groups}
 * @param lib {@code lib}
 * @param tags {@code tags}
 * @param connections {@code connections}
 * @param alerts {@code alerts}
 * @param enabled {@code enabled}
 * @param dbActive {@code db_active}
 * @param expiryDate {@code expiry_date}
 * @param next {@code next}
 * @param jobInstanceId {@code job_instanceid}
 * @param trigger {@code trigger}
 * @param active {@code active}
 * @param log {@code log}
 * @param logUrl {@code log_url}
 * @param schedType {@code sched_type}
 * @param schedTxt {@code sched_txt}
 * @param options {@code options}
 * @param mappers {@code mappers}
 * @param vmaps {@code vmaps}
 * @param state {@code state}
 * @param sla {@code sla}
 * @param remote {@code remote}
 * @param extra wire keys this SDK does not know yet
 */
public record Job(
    @JsonProperty("jobid") Long jobId,
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("version") String version,
    @JsonProperty("author") String author,
    @JsonProperty("single_instance") Boolean singleInstance,
    @JsonProperty("sessionid") Long sessionId,
    @JsonProperty("run_skipped") Boolean runSkipped,
    @JsonProperty("code") String code,
    @JsonProperty("month") String month,
    @JsonProperty("day") String day,
    @JsonProperty("wday") String wday,
    @JsonProperty("hour") String hour,
    @JsonProperty("minute") String minute,
    @JsonProperty("duration") Long duration,
    @JsonProperty("last_executed") OffsetDateTime lastExecuted,
    @JsonProperty("last_executed_job_instanceid") Long lastExecutedJobInstanceId,
    @JsonProperty("created") OffsetDateTime created,
    @JsonProperty("modified") OffsetDateTime modified,
    @JsonProperty("manually_updated") Object manuallyUpdated,
    @JsonProperty("groups") List<Object> groups,
    @JsonProperty("lib") Map<String, Object> lib,
    @JsonProperty("tags") Map<String, Object> tags,
    @JsonProperty("connections") List<Object> connections,
    @JsonProperty("alerts") List<Object> alerts,
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("db_active") Boolean dbActive,
    @JsonProperty("expiry_date") OffsetDateTime expiryDate,
    @JsonProperty("next") OffsetDateTime next,
    @JsonProperty("job_instanceid") Long jobInstanceId,
    @JsonProperty("trigger") String trigger,
    @JsonProperty("active") Boolean active,
    @JsonProperty("log") String log,
    @JsonProperty("log_url") String logUrl,
    @JsonProperty("sched_type") String schedType,
    @JsonProperty("sched_txt") String schedTxt,
    @JsonProperty("options") Object options,
    @JsonProperty("mappers") Object mappers,
    @JsonProperty("vmaps") Object vmaps,
    @JsonProperty("state") Map<String, Object> state,
    @JsonProperty("sla") Object sla,
    @JsonProperty("remote") Boolean remote,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param jobId {@code jobid}
   * @param name {@code name}
   * @param description {@code description}
   * @param version {@code version}
   * @param author {@code author}
   * @param singleInstance {@code single_instance}
   * @param sessionId {@code sessionid}
   * @param runSkipped {@code run_skipped}
   * @param code {@code code}
   * @param month {@code month}
   * @param day {@code day}
   * @param wday {@code wday}
   * @param hour {@code hour}
   * @param minute {@code minute}
   * @param duration {@code duration}
   * @param lastExecuted {@code last_executed}
   * @param lastExecutedJobInstanceId {@code last_executed_job_instanceid}
   * @param created {@code created}
   * @param modified {@code modified}
   * @param manuallyUpdated {@code manually_updated}
   * @param groups {@code groups}
   * @param lib {@code lib}
   * @param tags {@code tags}
   * @param connections {@code connections}
   * @param alerts {@code alerts}
   * @param enabled {@code enabled}
   * @param dbActive {@code db_active}
   * @param expiryDate {@code expiry_date}
   * @param next {@code next}
   * @param jobInstanceId {@code job_instanceid}
   * @param trigger {@code trigger}
   * @param active {@code active}
   * @param log {@code log}
   * @param logUrl {@code log_url}
   * @param schedType {@code sched_type}
   * @param schedTxt {@code sched_txt}
   * @param options {@code options}
   * @param mappers {@code mappers}
   * @param vmaps {@code vmaps}
   * @param state {@code state}
   * @param sla {@code sla}
   * @param remote {@code remote}
   * @param extra wire keys this SDK does not know yet
   */
  public Job {
    groups = ModelCollections.copyOf(groups);
    lib = ModelCollections.copyOf(lib);
    tags = ModelCollections.copyOf(tags);
    connections = ModelCollections.copyOf(connections);
    alerts = ModelCollections.copyOf(alerts);
    state = ModelCollections.copyOf(state);
    extra = ExtraFields.copyOf(extra);
  }
}
