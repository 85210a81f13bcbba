package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A preview, edit or download token ({@code {"token": "eyJ..."}}, seed lines 892-940). Its {@link #toString()}
 * hides the value.
 *
 * @param token the token; never null
 * @param extra wire fields this SDK does not know yet; never null
 */
public record AccessToken(@JsonProperty("token") String token,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param token the token
   * @param extra wire fields this SDK does not know yet
   */
  public AccessToken {
    token = Norm.str(token);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "AccessToken[token=***]";
  }
}
