package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Document signing credits (seed {@code /fzen} example, section docsigning).
 *
 * @param sign signatures left (wire {@code sign}); never null, empty when the server omits it
 * @param signPersonal personal signatures left (wire {@code sign_personal}); never null, empty when the server omits it
 * @param timestamp timestamps left (wire {@code timestamp}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record DocSigning(
    @JsonProperty("sign") Optional<Integer> sign,
    @JsonProperty("sign_personal") Optional<Integer> signPersonal,
    @JsonProperty("timestamp") Optional<Integer> timestamp,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param sign signatures left (wire {@code sign}); never null, empty when the server omits it
   * @param signPersonal personal signatures left (wire {@code sign_personal}); never null, empty when the server omits it
   * @param timestamp timestamps left (wire {@code timestamp}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public DocSigning {
    sign = Norm.opt(sign);
    signPersonal = Norm.opt(signPersonal);
    timestamp = Norm.opt(timestamp);
    extra = ExtraFields.copyOf(extra);
  }
}
