package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A signer or other actor of a signature request (route known only from the listing; fields guessed).
 *
 * @param id actor id (wire {@code id})
 * @param firstname first name (wire {@code firstname}); never null, empty when the server omits it
 * @param lastname last name (wire {@code lastname}); never null, empty when the server omits it
 * @param email e-mail (wire {@code email}); never null, empty when the server omits it
 * @param phone phone (wire {@code phone}); never null, empty when the server omits it
 * @param role role (wire {@code role}); never null, empty when the server omits it
 * @param status status (wire {@code status}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record SignatureActor(
    @JsonProperty("id") long id,
    @JsonProperty("firstname") Optional<String> firstname,
    @JsonProperty("lastname") Optional<String> lastname,
    @JsonProperty("email") Optional<String> email,
    @JsonProperty("phone") Optional<String> phone,
    @JsonProperty("role") Optional<String> role,
    @JsonProperty("status") Optional<String> status,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id actor id (wire {@code id})
   * @param firstname first name (wire {@code firstname}); never null, empty when the server omits it
   * @param lastname last name (wire {@code lastname}); never null, empty when the server omits it
   * @param email e-mail (wire {@code email}); never null, empty when the server omits it
   * @param phone phone (wire {@code phone}); never null, empty when the server omits it
   * @param role role (wire {@code role}); never null, empty when the server omits it
   * @param status status (wire {@code status}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public SignatureActor {
    firstname = Norm.opt(firstname);
    lastname = Norm.opt(lastname);
    email = Norm.opt(email);
    phone = Norm.opt(phone);
    role = Norm.opt(role);
    status = Norm.opt(status);
    extra = ExtraFields.copyOf(extra);
  }
}
