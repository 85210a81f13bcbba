/**
 * The portable view over the back ends: {@link org.gedkit.core.store.DocumentStore} with its
 * {@link org.gedkit.core.store.Capability capabilities}, found through
 * {@link org.gedkit.core.store.DocumentStoreProvider} and opened with {@link org.gedkit.core.Gedkit#connect(String)}.
 */
package org.gedkit.core.store;
