package org.gedkit.ezged.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code sec/authenticate} answered about the user, without the session id (kept by the client only).
 *
 * @param login the login used
 * @param message the vendor message, e.g. {@code You're authenticated !}
 * @param parameters every user parameter of {@code rows} ({@code SECUSRPAR_LANG}, {@code URLADMIN}, ...), minus
 *     {@code sessionid}
 */
public record SessionInfo(String login, String message, Map<String, Object> parameters) {

  /**
   * Copies the parameters and drops any session id.
   *
   * @param login the login used
   * @param message the vendor message
   * @param parameters the user parameters
   */
  public SessionInfo {
    LinkedHashMap<String, Object> p = parameters == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parameters);
    p.remove("sessionid");
    parameters = Collections.unmodifiableMap(p);
  }

  /**
   * One parameter as text.
   *
   * @param name e.g. {@code SECUSRPAR_LANG}
   * @return the value, or empty
   */
  public Optional<String> parameter(String name) {
    return new Row(parameters).string(name);
  }

  /**
   * The user's language ({@code SECUSRPAR_LANG}).
   *
   * @return e.g. {@code fr_FR}, or empty
   */
  public Optional<String> language() {
    return parameter("SECUSRPAR_LANG");
  }
}
