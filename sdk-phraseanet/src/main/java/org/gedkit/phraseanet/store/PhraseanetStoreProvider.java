package org.gedkit.phraseanet.store;

import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.store.DocumentStoreProvider;
import org.gedkit.core.store.StoreConfig;
import org.gedkit.phraseanet.PhraseanetClient;

/**
 * Opens a {@link PhraseanetDocumentStore} for {@code Gedkit.connect("phraseanet+https://host", settings)}:
 * the base URL is the installation root (a trailing {@code /api/v1} is accepted) and the setting
 * {@code token} (or the environment variable {@code GEDKIT_PHRASEANET_TOKEN}) is the OAuth2 access token.
 * Registered through {@code META-INF/services}.
 */
public final class PhraseanetStoreProvider implements DocumentStoreProvider {

  /** The scheme: {@code phraseanet}. */
  public static final String SCHEME = "phraseanet";

  /** Creates the provider (ServiceLoader calls it). */
  public PhraseanetStoreProvider() {}

  @Override
  public String scheme() {
    return SCHEME;
  }

  /**
   * Builds a client from the configuration and wraps it. Nothing is sent.
   *
   * @param config the base URL and the {@code token} setting
   * @return the store; never null
   * @throws InvalidArgumentException when the token is missing or the URL is invalid
   */
  @Override
  public DocumentStore open(StoreConfig config) {
    if (config == null) {
      throw new InvalidArgumentException("config must not be null", ErrorDetails.of(SCHEME, "connect"));
    }
    String token = config.token().orElseThrow(() -> new InvalidArgumentException(
        "Phraseanet needs an OAuth2 access token: the \"token\" setting or GEDKIT_PHRASEANET_TOKEN",
        ErrorDetails.of(SCHEME, "connect")));
    return PhraseanetClient.builder().baseUrl(config.baseUrl()).accessToken(token).build().asDocumentStore();
  }

  @Override
  public String toString() {
    return "PhraseanetStoreProvider[" + SCHEME + "]";
  }
}
