package org.gedkit.parapheur.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.gedkit.core.json.GedkitJson;

/** Reads the {@code exp} claim of a JWT without verifying it (the server verifies; we only plan renewals). */
public final class Jwt {

  private Jwt() {}

  /**
   * The expiry of a JWT, when it is readable.
   *
   * @param jwt the token
   * @return the expiry, or empty when the token is not a readable JWT with a numeric {@code exp}
   */
  public static Optional<Instant> expiry(String jwt) {
    if (jwt == null) {
      return Optional.empty();
    }
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      JsonNode node = GedkitJson.mapper().readTree(payload);
      JsonNode exp = node == null ? null : node.get("exp");
      if (exp == null || !exp.canConvertToLong()) {
        return Optional.empty();
      }
      return Optional.of(Instant.ofEpochSecond(exp.asLong()));
    } catch (Exception e) {
      return Optional.empty();
    }
  }
}
