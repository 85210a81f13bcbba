package org.gedkit.phraseanet.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;

/**
 * A Phraseanet user as the API serialises it (the {@code user} object, e.g. inside a quarantine
 * session). Only the identifying fields are typed; the others (gender, address, locale...) are kept in
 * {@link #extra()}. Immutable.
 *
 * @param id the user id ({@code id})
 * @param login the login ({@code login}); empty when not sent
 * @param email the e-mail address ({@code email}), when set
 * @param displayName the display name ({@code display_name}); empty when not sent
 * @param firstName the first name ({@code first_name}), when set
 * @param lastName the last name ({@code last_name}), when set
 * @param createdOn when the account was created ({@code created_on}); empty for the MySQL zero date
 * @param lastConnection the last connection ({@code last_connection}); empty for the zero date
 * @param extra wire fields this SDK does not type, never dropped
 */
public record PhraseanetUser(
    long id,
    String login,
    Optional<String> email,
    String displayName,
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<OffsetDateTime> createdOn,
    Optional<OffsetDateTime> lastConnection,
    Map<String, Object> extra) {

  /**
   * Normalises the components: nulls become empty values.
   *
   * @param id see the record description
   * @param login see the record description
   * @param email see the record description
   * @param displayName see the record description
   * @param firstName see the record description
   * @param lastName see the record description
   * @param createdOn see the record description
   * @param lastConnection see the record description
   * @param extra see the record description
   */
  public PhraseanetUser {
    login = Objects.requireNonNullElse(login, "");
    email = Objects.requireNonNullElse(email, Optional.empty());
    displayName = Objects.requireNonNullElse(displayName, "");
    firstName = Objects.requireNonNullElse(firstName, Optional.empty());
    lastName = Objects.requireNonNullElse(lastName, Optional.empty());
    createdOn = Objects.requireNonNullElse(createdOn, Optional.empty());
    lastConnection = Objects.requireNonNullElse(lastConnection, Optional.empty());
    extra = ExtraFields.copyOf(extra);
  }
}
