package org.gedkit.core.store;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code Gedkit.connect} hands to a {@link DocumentStoreProvider}: the back end scheme, the base URL
 * and the credentials, plus any other setting. {@link #toString()} never shows a secret.
 *
 * @param scheme the back end scheme, e.g. {@code ezged}
 * @param baseUrl the http(s) base URL
 * @param settings every setting given (user, password, token, and back-end specific ones)
 */
public record StoreConfig(String scheme, String baseUrl, Map<String, String> settings) {

  /**
   * Copies the settings.
   *
   * @param scheme see the record description
   * @param baseUrl see the record description
   * @param settings see the record description
   */
  public StoreConfig {
    settings = Map.copyOf(settings == null ? Map.of() : settings);
  }

  /**
   * A setting.
   *
   * @param key the key, e.g. {@code user}
   * @return the value; never null
   */
  public Optional<String> get(String key) {
    return Optional.ofNullable(settings.get(key)).filter(v -> !v.isBlank());
  }

  /**
   * The user name.
   *
   * @return the user; never null
   */
  public Optional<String> user() {
    return get("user");
  }

  /**
   * The password.
   *
   * @return the password; never null
   */
  public Optional<String> password() {
    return get("password");
  }

  /**
   * The token.
   *
   * @return the token; never null
   */
  public Optional<String> token() {
    return get("token");
  }

  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    settings.forEach((k, v) -> {
      String lk = k.toLowerCase(Locale.ROOT);
      shown.put(k, lk.contains("password") || lk.contains("token") || lk.contains("secret") ? "***" : v);
    });
    return "StoreConfig[" + scheme + ", " + baseUrl + ", " + shown + "]";
  }
}
