package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * The result of pinging a connection ({@code ?action=ping}).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param ok {@code ok}
 * @param name {@code name}
 * @param desc {@code desc}
 * @param url {@code url}
 * @param opts {@code opts}
 * @param time {@code time}
 * @param info {@code info}
 * @param extra wire keys this SDK does not know yet
 */
public record PingResult(
    @JsonProperty("ok") Boolean ok,
    @JsonProperty("name") String name,
    @JsonProperty("desc") String desc,
    @JsonProperty("url") String url,
    @JsonProperty("opts") Map<String, Object> opts,
    @JsonProperty("time") Object time,
    @JsonProperty("info") String info,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param ok {@code ok}
   * @param name {@code name}
   * @param desc {@code desc}
   * @param url {@code url}
   * @param opts {@code opts}
   * @param time {@code time}
   * @param info {@code info}
   * @param extra wire keys this SDK does not know yet
   */
  public PingResult {
    opts = ModelCollections.copyOf(opts);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "PingResult[name=" + name + ", ok=" + ok + ", info=" + info + "]";
  }
}
