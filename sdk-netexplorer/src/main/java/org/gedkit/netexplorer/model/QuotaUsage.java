package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * One quota: the limit (empty = none), the bytes used, and for a folder the folder the limit is inherited from.
 *
 * @param quota the limit in bytes; empty = no quota (wire {@code quota}); never null, empty when the server omits it
 * @param used bytes used (wire {@code used})
 * @param folder folder the quota is inherited from (folder quota only) (wire {@code folder}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record QuotaUsage(
    @JsonProperty("quota") Optional<Long> quota,
    @JsonProperty("used") long used,
    @JsonProperty("folder") Optional<Long> folder,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param quota the limit in bytes; empty = no quota (wire {@code quota}); never null, empty when the server omits it
   * @param used bytes used (wire {@code used})
   * @param folder folder the quota is inherited from (folder quota only) (wire {@code folder}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public QuotaUsage {
    quota = Norm.opt(quota);
    folder = Norm.opt(folder);
    extra = ExtraFields.copyOf(extra);
  }
}
