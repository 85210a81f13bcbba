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
 * Attribute matching of an identity provider (fields guessed).
 *
 * @param providerId the provider (wire {@code provider_id}); never null, empty when the server omits it
 * @param fields attribute matching as plain JSON values (wire {@code fields}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record IdentityMatching(
    @JsonProperty("provider_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> providerId,
    @JsonProperty("fields") Optional<Object> fields,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param providerId the provider (wire {@code provider_id}); never null, empty when the server omits it
   * @param fields attribute matching as plain JSON values (wire {@code fields}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public IdentityMatching {
    providerId = Norm.opt(providerId);
    fields = Norm.opt(fields);
    extra = ExtraFields.copyOf(extra);
  }
}
