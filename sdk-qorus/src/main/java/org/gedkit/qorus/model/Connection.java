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
 * A connection (user, datasource or remote Qorus; {@code /api/v2/remote}); {@code url} may hold a password only when asked with {@code with_password}.
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param name {@code name}
 * @param desc {@code desc}
 * @param url {@code url}
 * @param urlHash {@code url_hash}
 * @param type {@code type}
 * @param connType {@code conntype}
 * @param opts {@code opts}
 * @param status {@code status}
 * @param up {@code up}
 * @param loopback {@code loopback}
 * @param monitor {@code monitor}
 * @param lastCheck {@code last_check}
 * @param updated {@code updated}
 * @param locked {@code locked}
 * @param tags {@code tags}
 * @param deps {@code deps}
 * @param alerts {@code alerts}
 * @param extra wire keys this SDK does not know yet
 */
public record Connection(
    @JsonProperty("name") String name,
    @JsonProperty("desc") String desc,
    @JsonProperty("url") String url,
    @JsonProperty("url_hash") Map<String, Object> urlHash,
    @JsonProperty("type") String type,
    @JsonProperty("conntype") String connType,
    @JsonProperty("opts") Map<String, Object> opts,
    @JsonProperty("status") String status,
    @JsonProperty("up") Boolean up,
    @JsonProperty("loopback") Boolean loopback,
    @JsonProperty("monitor") Boolean monitor,
    @JsonProperty("last_check") OffsetDateTime lastCheck,
    @JsonProperty("updated") OffsetDateTime updated,
    @JsonProperty("locked") Boolean locked,
    @JsonProperty("tags") Map<String, Object> tags,
    @JsonProperty("deps") List<Object> deps,
    @JsonProperty("alerts") List<Object> alerts,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param name {@code name}
   * @param desc {@code desc}
   * @param url {@code url}
   * @param urlHash {@code url_hash}
   * @param type {@code type}
   * @param connType {@code conntype}
   * @param opts {@code opts}
   * @param status {@code status}
   * @param up {@code up}
   * @param loopback {@code loopback}
   * @param monitor {@code monitor}
   * @param lastCheck {@code last_check}
   * @param updated {@code updated}
   * @param locked {@code locked}
   * @param tags {@code tags}
   * @param deps {@code deps}
   * @param alerts {@code alerts}
   * @param extra wire keys this SDK does not know yet
   */
  public Connection {
    urlHash = ModelCollections.copyOf(urlHash);
    opts = ModelCollections.copyOf(opts);
    tags = ModelCollections.copyOf(tags);
    deps = ModelCollections.copyOf(deps);
    alerts = ModelCollections.copyOf(alerts);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "Connection[name=" + name + ", type=" + type + ", up=" + up + ", url=***]";
  }
}
