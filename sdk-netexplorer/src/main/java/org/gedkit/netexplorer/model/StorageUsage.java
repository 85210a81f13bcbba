package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Disk usage (seed {@code /fzen} example, line 891).
 *
 * @param used bytes used (wire {@code used}); never null, empty when the server omits it
 * @param free bytes free (wire {@code free}); never null, empty when the server omits it
 * @param quota quota in bytes (wire {@code quota}); never null, empty when the server omits it
 * @param percent percentage used (wire {@code percent}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record StorageUsage(
    @JsonProperty("used") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> used,
    @JsonProperty("free") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> free,
    @JsonProperty("quota") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> quota,
    @JsonProperty("percent") Optional<Double> percent,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param used bytes used (wire {@code used}); never null, empty when the server omits it
   * @param free bytes free (wire {@code free}); never null, empty when the server omits it
   * @param quota quota in bytes (wire {@code quota}); never null, empty when the server omits it
   * @param percent percentage used (wire {@code percent}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public StorageUsage {
    used = Norm.opt(used);
    free = Norm.opt(free);
    quota = Norm.opt(quota);
    percent = Norm.opt(percent);
    extra = ExtraFields.copyOf(extra);
  }
}
