/**
 * The portable {@link org.gedkit.core.store.DocumentStore} view of NetExplorer (folders as containers, files as
 * documents with their MD5), registered for {@code Gedkit.connect("netexplorer+https://acme.netexplorer.pro")}.
 */
package org.gedkit.netexplorer.store;
