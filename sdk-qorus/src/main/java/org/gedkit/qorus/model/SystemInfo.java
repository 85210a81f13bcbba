package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * The instance information of {@code GET /api/v2/system}.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param instanceKey {@code instance-key}
 * @param omqVersion {@code omq-version}
 * @param omqVersionCode {@code omq-version-code}
 * @param qoreVersion {@code qore-version}
 * @param datamodelVersion {@code datamodel-version}
 * @param omqBuild {@code omq-build}
 * @param buildType {@code build-type}
 * @param omqSchema {@code omq-schema}
 * @param omqDriver {@code omq-driver}
 * @param omqDbVersion {@code omq-db-version}
 * @param omquserSchema {@code omquser-schema}
 * @param omquserDriver {@code omquser-driver}
 * @param omquserDbVersion {@code omquser-db-version}
 * @param apiVersion {@code api_version}
 * @param hostname {@code hostname}
 * @param pid {@code pid}
 * @param sessionId {@code session-id}
 * @param startTime {@code starttime}
 * @param threads {@code threads}
 * @param cacheSize {@code cache_size}
 * @param shuttingDown {@code shutting_down}
 * @param health {@code health}
 * @param omqDir {@code omq_dir}
 * @param logfile {@code logfile}
 * @param alertSummary {@code alert-summary}
 * @param modules {@code modules}
 * @param runtimeProperties {@code runtime-properties}
 * @param schemaProperties {@code schema-properties}
 * @param extra wire keys this SDK does not know yet
 */
public record SystemInfo(
    @JsonProperty("instance-key") String instanceKey,
    @JsonProperty("omq-version") String omqVersion,
    @JsonProperty("omq-version-code") Long omqVersionCode,
    @JsonProperty("qore-version") String qoreVersion,
    @JsonProperty("datamodel-version") String datamodelVersion,
    @JsonProperty("omq-build") String omqBuild,
    @JsonProperty("build-type") String buildType,
    @JsonProperty("omq-schema") String omqSchema,
    @JsonProperty("omq-driver") String omqDriver,
    @JsonProperty("omq-db-version") String omqDbVersion,
    @JsonProperty("omquser-schema") String omquserSchema,
    @JsonProperty("omquser-driver") String omquserDriver,
    @JsonProperty("omquser-db-version") String omquserDbVersion,
    @JsonProperty("api_version") String apiVersion,
    @JsonProperty("hostname") String hostname,
    @JsonProperty("pid") Long pid,
    @JsonProperty("session-id") Long sessionId,
    @JsonProperty("starttime") OffsetDateTime startTime,
    @JsonProperty("threads") Integer threads,
    @JsonProperty("cache_size") Long cacheSize,
    @JsonProperty("shutting_down") Boolean shuttingDown,
    @JsonProperty("health") String health,
    @JsonProperty("omq_dir") String omqDir,
    @JsonProperty("logfile") String logfile,
    @JsonProperty("alert-summary") Map<String, Object> alertSummary,
    @JsonProperty("modules") Map<String, Object> modules,
    @JsonProperty("runtime-properties") Map<String, Object> runtimeProperties,
    @JsonProperty("schema-properties") Map<String, Object> schemaProperties,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param instanceKey {@code instance-key}
   * @param omqVersion {@code omq-version}
   * @param omqVersionCode {@code omq-version-code}
   * @param qoreVersion {@code qore-version}
   * @param datamodelVersion {@code datamodel-version}
   * @param omqBuild {@code omq-build}
   * @param buildType {@code build-type}
   * @param omqSchema {@code omq-schema}
   * @param omqDriver {@code omq-driver}
   * @param omqDbVersion {@code omq-db-version}
   * @param omquserSchema {@code omquser-schema}
   * @param omquserDriver {@code omquser-driver}
   * @param omquserDbVersion {@code omquser-db-version}
   * @param apiVersion {@code api_version}
   * @param hostname {@code hostname}
   * @param pid {@code pid}
   * @param sessionId {@code session-id}
   * @param startTime {@code starttime}
   * @param threads {@code threads}
   * @param cacheSize {@code cache_size}
   * @param shuttingDown {@code shutting_down}
   * @param health {@code health}
   * @param omqDir {@code omq_dir}
   * @param logfile {@code logfile}
   * @param alertSummary {@code alert-summary}
   * @param modules {@code modules}
   * @param runtimeProperties {@code runtime-properties}
   * @param schemaProperties {@code schema-properties}
   * @param extra wire keys this SDK does not know yet
   */
  public SystemInfo {
    alertSummary = ModelCollections.copyOf(alertSummary);
    modules = ModelCollections.copyOf(modules);
    runtimeProperties = ModelCollections.copyOf(runtimeProperties);
    schemaProperties = ModelCollections.copyOf(schemaProperties);
    extra = ExtraFields.copyOf(extra);
  }
}
