/**
 * The portable {@link org.gedkit.core.store.DocumentStore} view of Phraseanet: the quarantine as one
 * read-only container, opened with {@code Gedkit.connect("phraseanet+https://host", Map.of("token", t))}
 * or {@link org.gedkit.phraseanet.PhraseanetClient#asDocumentStore()}.
 */
package org.gedkit.phraseanet.store;
