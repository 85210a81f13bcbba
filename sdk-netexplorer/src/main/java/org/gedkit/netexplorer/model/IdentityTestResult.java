package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The result of an identity-provider connection test (fields guessed).
 *
 * @param success the test passed (wire {@code success}); never null, empty when the server omits it
 * @param message details (wire {@code message}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record IdentityTestResult(
    @JsonProperty("success") Optional<Boolean> success,
    @JsonProperty("message") Optional<String> message,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param success the test passed (wire {@code success}); never null, empty when the server omits it
   * @param message details (wire {@code message}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public IdentityTestResult {
    success = Norm.opt(success);
    message = Norm.opt(message);
    extra = ExtraFields.copyOf(extra);
  }
}
