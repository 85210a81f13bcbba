package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The result of a link password check (routes known only from the listing; guessed). Its toString() hides secrets.
 *
 * @param valid whether the password is right (wire {@code valid}); never null, empty when the server omits it
 * @param accessToken token to read the content (2 h) (wire {@code access_token}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param extra wire fields this SDK does not know yet; never null
 */
public record PasswordCheck(
    @JsonProperty("valid") Optional<Boolean> valid,
    @JsonProperty("access_token") Optional<String> accessToken,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param valid whether the password is right (wire {@code valid}); never null, empty when the server omits it
   * @param accessToken token to read the content (2 h) (wire {@code access_token}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param extra wire fields this SDK does not know yet; never null
   */
  public PasswordCheck {
    valid = Norm.opt(valid);
    accessToken = Norm.opt(accessToken);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "PasswordCheck[" + "valid=" + valid + ", " + "accessToken=" + (accessToken.isPresent() ? "***" : "<none>") + ", " + "extra=" + extra.keySet() + "]";
  }
}
