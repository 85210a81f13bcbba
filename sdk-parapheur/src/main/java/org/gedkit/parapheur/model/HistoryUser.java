package org.gedkit.parapheur.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.gedkit.core.json.ExtraFields;

/**
 * The user who made a history entry ({@code user}). A deleted user comes back with only its IP, so
 * every field may be missing.
 *
 * @param id the user id
 * @param email the e-mail address
 * @param firstname the first name
 * @param lastname the last name
 * @param ip the client IP address, or {@code script} for actions run by a server script
 * @param extra wire fields this SDK does not know yet
 */
public record HistoryUser(OptionalLong id, Optional<String> email, Optional<String> firstname,
    Optional<String> lastname, Optional<String> ip, Map<String, Object> extra) {

  /**
   * Normalises the components (null becomes empty).
   *
   * @param id see the record description
   * @param email see the record description
   * @param firstname see the record description
   * @param lastname see the record description
   * @param ip see the record description
   * @param extra see the record description
   */
  public HistoryUser {
    id = id == null ? OptionalLong.empty() : id;
    email = email == null ? Optional.empty() : email;
    firstname = firstname == null ? Optional.empty() : firstname;
    lastname = lastname == null ? Optional.empty() : lastname;
    ip = ip == null ? Optional.empty() : ip;
    extra = ExtraFields.copyOf(extra);
  }

  /**
   * A user the server said nothing about.
   *
   * @return the user; never null
   */
  public static HistoryUser unknown() {
    return new HistoryUser(null, null, null, null, null, null);
  }

  /**
   * Whether the action was run by a server script rather than a person ({@code ip} is {@code script}).
   *
   * @return true for a script
   */
  public boolean isScript() {
    return ip.map("script"::equalsIgnoreCase).orElse(false);
  }

  /**
   * "Firstname LASTNAME", or the e-mail, or {@code "?"}.
   *
   * @return a name for display; never null
   */
  public String displayName() {
    String name = (firstname.orElse("") + " " + lastname.orElse("")).trim();
    return !name.isEmpty() ? name : email.orElse("?");
  }
}
