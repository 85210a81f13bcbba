package org.gedkit.examples;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where an example connects: a real server when {@code GEDKIT_<BACKEND>_URL} (or
 * {@code --<backend>-url=...}) is given, with {@code _USER}, {@code _PASSWORD} or {@code _TOKEN};
 * otherwise the sdk-testkit emulator started in-process.
 *
 * @param backend the back end name, e.g. {@code ezged}
 * @param url the server URL, or null to use the emulator
 * @param user the user, or null
 * @param password the password, or null
 * @param token the token, or null
 */
public record BackendConfig(String backend, String url, String user, String password, String token) {

  /**
   * Reads the configuration of a back end from command-line options and the environment.
   *
   * @param backend the back end name
   * @param args the command-line arguments ({@code --ezged-url=...}, {@code --ezged-user=...})
   * @param env the environment
   * @return the configuration; never null
   */
  public static BackendConfig read(String backend, String[] args, Map<String, String> env) {
    return new BackendConfig(backend, value(backend, "url", args, env), value(backend, "user", args, env),
        value(backend, "password", args, env), value(backend, "token", args, env));
  }

  private static String value(String backend, String key, String[] args, Map<String, String> env) {
    String opt = "--" + backend + "-" + key + "=";
    for (String a : args) {
      if (a.startsWith(opt)) {
        return a.substring(opt.length());
      }
    }
    return env.get("GEDKIT_" + backend.toUpperCase(Locale.ROOT) + "_" + key.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether a real server was given.
   *
   * @return true when a URL is set
   */
  public boolean isRemote() {
    return url != null && !url.isBlank();
  }

  /**
   * The user, when given.
   *
   * @return the user; never null
   */
  public Optional<String> userIfAny() {
    return Optional.ofNullable(user);
  }

  @Override
  public String toString() {
    return "BackendConfig[" + backend + ", " + (isRemote() ? url : "emulator") + ", user=" + user
        + (password != null ? ", password=***" : "") + (token != null ? ", token=***" : "") + "]";
  }
}
