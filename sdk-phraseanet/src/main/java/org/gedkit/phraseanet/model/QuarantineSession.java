package org.gedkit.phraseanet.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;

/**
 * The upload session a quarantine item came in with ({@code quarantine_session}). Immutable.
 *
 * @param id the session id ({@code id})
 * @param userId the id of the user who uploaded ({@code usr_id}); empty when the server sends null
 * @param user the full user object, when the server sends one (Phraseanet 3.8+ does)
 * @param extra wire fields this SDK does not know yet, never dropped
 */
public record QuarantineSession(long id, Optional<Long> userId, Optional<PhraseanetUser> user, Map<String, Object> extra) {

  /**
   * Normalises the components: nulls become empty values.
   *
   * @param id see the record description
   * @param userId see the record description
   * @param user see the record description
   * @param extra see the record description
   */
  public QuarantineSession {
    userId = Objects.requireNonNullElse(userId, Optional.empty());
    user = Objects.requireNonNullElse(user, Optional.empty());
    extra = ExtraFields.copyOf(extra);
  }
}
