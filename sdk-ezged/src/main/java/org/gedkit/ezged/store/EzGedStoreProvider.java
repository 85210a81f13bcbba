package org.gedkit.ezged.store;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.store.DocumentStoreProvider;
import org.gedkit.core.store.StoreConfig;
import org.gedkit.ezged.EzGedClient;

/**
 * Opens an {@link EzGedDocumentStore} for {@code Gedkit.connect("ezged+https://host/ezged", settings)}.
 * Settings (or {@code GEDKIT_EZGED_USER} / {@code _PASSWORD}):
 * <ul>
 *   <li>{@code user} and {@code password}: the EzGED login (required; the password is sent MD5-hashed, as
 *       {@code sec/authenticate} wants it);</li>
 *   <li>{@code uploadToken}: the {@code pupload.php} token, when the server does not use the default one;</li>
 *   <li>{@code jobTimeout}: how long an upload waits for its {@code addpages} job, as an ISO-8601 duration
 *       ({@code PT5M} by default).</li>
 * </ul>
 * Registered through {@code META-INF/services}.
 */
public final class EzGedStoreProvider implements DocumentStoreProvider {

  /** The scheme: {@code ezged}. */
  public static final String SCHEME = "ezged";

  /** Creates the provider (ServiceLoader calls it). */
  public EzGedStoreProvider() {}

  @Override
  public String scheme() {
    return SCHEME;
  }

  /**
   * Builds a client from the configuration and wraps it. Nothing is sent (the login happens on the first call).
   *
   * @param config the base URL and the settings above
   * @return the store; never null
   * @throws InvalidArgumentException when credentials are missing or a setting is malformed
   */
  @Override
  public DocumentStore open(StoreConfig config) {
    ErrorDetails d = ErrorDetails.of(SCHEME, "connect");
    if (config == null) {
      throw new InvalidArgumentException("config must not be null", d);
    }
    String user = config.user().orElseThrow(() -> new InvalidArgumentException(
        "EzGED needs a \"user\" and a \"password\" (or GEDKIT_EZGED_USER / GEDKIT_EZGED_PASSWORD)", d));
    String password = config.password().orElseThrow(() -> new InvalidArgumentException(
        "EzGED needs a \"password\" with the \"user\" (or GEDKIT_EZGED_PASSWORD)", d));
    Duration jobTimeout = EzGedDocumentStore.DEFAULT_JOB_TIMEOUT;
    if (config.get("jobTimeout").isPresent()) {
      try {
        jobTimeout = Duration.parse(config.get("jobTimeout").get().trim());
      } catch (DateTimeParseException e) {
        throw new InvalidArgumentException("jobTimeout must be an ISO-8601 duration such as PT5M, was \""
            + config.get("jobTimeout").get() + "\"", d);
      }
      if (jobTimeout.isNegative()) {
        throw new InvalidArgumentException("jobTimeout must not be negative", d);
      }
    }
    EzGedClient.Builder b = EzGedClient.builder().baseUrl(config.baseUrl()).credentials(user, password);
    config.get("uploadToken").ifPresent(t -> b.uploadToken(t.trim()));
    return new EzGedDocumentStore(b.build(), jobTimeout);
  }

  @Override
  public String toString() {
    return "EzGedStoreProvider[" + SCHEME + "]";
  }
}
