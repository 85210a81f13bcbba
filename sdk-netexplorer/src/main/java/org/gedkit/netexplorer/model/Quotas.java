package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Quotas of the platform, the current user and optionally a folder (seed lines 950-957).
 *
 * @param platform platform quota (wire {@code platform}); never null, empty when the server omits it
 * @param user current user's quota (wire {@code user}); never null, empty when the server omits it
 * @param folder the asked folder's quota (wire {@code folder}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Quotas(
    @JsonProperty("platform") Optional<QuotaUsage> platform,
    @JsonProperty("user") Optional<QuotaUsage> user,
    @JsonProperty("folder") Optional<QuotaUsage> folder,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param platform platform quota (wire {@code platform}); never null, empty when the server omits it
   * @param user current user's quota (wire {@code user}); never null, empty when the server omits it
   * @param folder the asked folder's quota (wire {@code folder}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Quotas {
    platform = Norm.opt(platform);
    user = Norm.opt(user);
    folder = Norm.opt(folder);
    extra = ExtraFields.copyOf(extra);
  }
}
