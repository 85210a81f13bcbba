package org.gedkit.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.store.DocumentStoreProvider;
import org.gedkit.core.store.StoreConfig;

/**
 * Opens any back end's {@link DocumentStore} from a URI-style string or a configuration map, through the
 * adapters found on the class path ({@link ServiceLoader}); the core knows none of them.
 *
 * <pre>{@code
 * try (DocumentStore store = Gedkit.connect("netexplorer+https://acme.netexplorer.pro",
 *     Map.of("user", "me", "password", secret))) { ... }
 * }</pre>
 *
 * <p>Credentials come from, in order: the config map, the URI's user info ({@code user:password@}),
 * then the environment ({@code GEDKIT_<SCHEME>_USER}, {@code _PASSWORD}, {@code _TOKEN}).
 */
public final class Gedkit {

  private Gedkit() {}

  /**
   * Opens a store from a URI such as {@code ezged+https://host/ezged}.
   *
   * @param uri {@code <scheme>+http(s)://...}
   * @return the store; never null
   * @throws InvalidArgumentException when the URI is malformed or no adapter handles its scheme
   */
  public static DocumentStore connect(String uri) {
    return connect(uri, Map.of());
  }

  /**
   * Opens a store from a URI and settings ({@code user}, {@code password}, {@code token}, ...).
   *
   * @param uri {@code <scheme>+http(s)://...}
   * @param settings the settings
   * @return the store; never null
   * @throws InvalidArgumentException when the URI is malformed or no adapter handles its scheme
   */
  public static DocumentStore connect(String uri, Map<String, String> settings) {
    return connect(parse(uri, settings, System.getenv()));
  }

  /**
   * Opens a store from properties: {@code gedkit.uri} (or {@code uri}), then {@code user},
   * {@code password}, {@code token} and any back-end setting (a {@code gedkit.} prefix is allowed).
   *
   * @param properties the properties
   * @return the store; never null
   */
  public static DocumentStore connect(Properties properties) {
    Map<String, String> settings = new HashMap<>();
    for (String k : properties.stringPropertyNames()) {
      settings.put(k.startsWith("gedkit.") ? k.substring(7) : k, properties.getProperty(k));
    }
    String uri = settings.remove("uri");
    return connect(uri, settings);
  }

  /**
   * Opens a store from a ready configuration.
   *
   * @param config the configuration
   * @return the store; never null
   */
  public static DocumentStore connect(StoreConfig config) {
    for (DocumentStoreProvider p : providers()) {
      if (p.scheme().equalsIgnoreCase(config.scheme())) {
        return p.open(config);
      }
    }
    throw invalid("no Gedkit adapter for \"" + config.scheme() + "\" is on the class path (available: "
        + schemes() + ")");
  }

  /**
   * The schemes of the adapters on the class path.
   *
   * @return the schemes; never null
   */
  public static List<String> schemes() {
    List<String> s = new ArrayList<>();
    for (DocumentStoreProvider p : providers()) {
      s.add(p.scheme());
    }
    return s;
  }

  private static Iterable<DocumentStoreProvider> providers() {
    return ServiceLoader.load(DocumentStoreProvider.class, Gedkit.class.getClassLoader());
  }

  /**
   * Parses a connection URI with settings and an environment (public for tests and tools).
   *
   * @param uri {@code <scheme>+http(s)://[user[:password]@]host[:port][/path]}
   * @param settings explicit settings, which win
   * @param env the environment to read {@code GEDKIT_<SCHEME>_*} from
   * @return the configuration; never null
   * @throws InvalidArgumentException when the URI is malformed
   */
  public static StoreConfig parse(String uri, Map<String, String> settings, Map<String, String> env) {
    if (uri == null || uri.isBlank()) {
      throw invalid("a connection URI such as ezged+https://host/ezged is required");
    }
    int plus = uri.indexOf('+');
    int colon = uri.indexOf("://");
    if (plus <= 0 || colon < plus) {
      throw invalid("a connection URI must look like <backend>+https://host/path, was \"" + redactUserInfo(uri) + "\"");
    }
    String scheme = uri.substring(0, plus).toLowerCase(Locale.ROOT);
    String rest = uri.substring(plus + 1);
    URI parsed;
    try {
      parsed = new URI(rest);
    } catch (URISyntaxException e) {
      throw invalid("malformed connection URI \"" + redactUserInfo(uri) + "\": " + e.getReason());
    }
    if (parsed.getScheme() == null || !(parsed.getScheme().equalsIgnoreCase("http")
        || parsed.getScheme().equalsIgnoreCase("https")) || parsed.getHost() == null) {
      throw invalid("a connection URI must carry an http or https URL, was \"" + redactUserInfo(uri) + "\"");
    }
    Map<String, String> all = new HashMap<>();
    String prefix = "GEDKIT_" + scheme.toUpperCase(Locale.ROOT) + "_";
    for (String key : List.of("user", "password", "token")) {
      String v = env.get(prefix + key.toUpperCase(Locale.ROOT));
      if (v != null) {
        all.put(key, v);
      }
    }
    String userInfo = parsed.getRawUserInfo();
    if (userInfo != null) {
      int c = userInfo.indexOf(':');
      all.put("user", decode(c < 0 ? userInfo : userInfo.substring(0, c)));
      if (c >= 0) {
        all.put("password", decode(userInfo.substring(c + 1)));
      }
    }
    all.putAll(settings);
    String base = parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() > 0 ? ":" + parsed.getPort() : "")
        + (parsed.getRawPath() == null ? "" : parsed.getRawPath());
    return new StoreConfig(scheme, base, all);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String redactUserInfo(String uri) {
    return uri.replaceAll("//[^/@]*@", "//***@");
  }

  private static InvalidArgumentException invalid(String message) {
    return new InvalidArgumentException(message, ErrorDetails.of("core", "connect"));
  }
}
