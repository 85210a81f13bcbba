package org.gedkit.netexplorer.store;

import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.store.DocumentStoreProvider;
import org.gedkit.core.store.StoreConfig;
import org.gedkit.netexplorer.NetExplorerClient;

/**
 * Opens a {@link NetExplorerDocumentStore} for
 * {@code Gedkit.connect("netexplorer+https://acme.netexplorer.pro", settings)}. Settings (or
 * {@code GEDKIT_NETEXPLORER_USER} / {@code _PASSWORD} / {@code _TOKEN}):
 * <ul>
 *   <li>{@code user} and {@code password}: logged in with {@code POST /api/auth} on the first call, logged out on
 *       close;</li>
 *   <li>{@code token}: a token obtained elsewhere (used when no user is given), sent as {@code Bearer}, never
 *       logged out;</li>
 *   <li>{@code basePath}: the API path ({@code /api} by default);</li>
 *   <li>{@code chunkThreshold}: above how many bytes an upload goes in chunks, and their size (16 MiB by
 *       default).</li>
 * </ul>
 * Registered through {@code META-INF/services}.
 */
public final class NetExplorerStoreProvider implements DocumentStoreProvider {

  /** The scheme: {@code netexplorer}. */
  public static final String SCHEME = "netexplorer";

  /** Creates the provider (ServiceLoader calls it). */
  public NetExplorerStoreProvider() {}

  @Override
  public String scheme() {
    return SCHEME;
  }

  /**
   * Builds a client from the configuration and wraps it. Nothing is sent.
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
    NetExplorerClient.Builder b = NetExplorerClient.builder().baseUrl(config.baseUrl());
    if (config.user().isPresent()) {
      String password = config.password().orElseThrow(() -> new InvalidArgumentException(
          "NetExplorer needs a \"password\" with the \"user\" (or GEDKIT_NETEXPLORER_PASSWORD)", d));
      b.credentials(config.user().get(), password);
    } else if (config.token().isPresent()) {
      b.token(config.token().get());
    } else {
      throw new InvalidArgumentException("NetExplorer needs \"user\" and \"password\", or a \"token\"", d);
    }
    config.get("basePath").ifPresent(p -> b.basePath(p.trim()));
    long threshold = org.gedkit.netexplorer.TransferOptions.DEFAULT_CHUNK_SIZE;
    if (config.get("chunkThreshold").isPresent()) {
      String v = config.get("chunkThreshold").get().trim();
      if (!v.matches("[0-9]{1,18}") || Long.parseLong(v) < 1) {
        throw new InvalidArgumentException("chunkThreshold must be a positive number of bytes, was \"" + v + "\"", d);
      }
      threshold = Long.parseLong(v);
    }
    return new NetExplorerDocumentStore(b.build(), threshold);
  }

  @Override
  public String toString() {
    return "NetExplorerStoreProvider[" + SCHEME + "]";
  }
}
