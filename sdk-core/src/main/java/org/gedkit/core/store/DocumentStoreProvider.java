package org.gedkit.core.store;

/**
 * Opens a {@link DocumentStore} for one back end. Adapters register one through
 * {@code java.util.ServiceLoader} ({@code META-INF/services/org.gedkit.core.store.DocumentStoreProvider}),
 * so the core finds every adapter on the class path without knowing any.
 */
public interface DocumentStoreProvider {

  /**
   * The scheme this provider opens, e.g. {@code ezged} for {@code ezged+https://host/ezged}.
   *
   * @return the scheme; never null
   */
  String scheme();

  /**
   * Opens a store.
   *
   * @param config the URL, credentials and settings
   * @return the store; never null
   */
  DocumentStore open(StoreConfig config);
}
