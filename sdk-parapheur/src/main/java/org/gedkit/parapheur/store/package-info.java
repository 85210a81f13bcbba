/**
 * The portable {@link org.gedkit.core.store.DocumentStore} view of Maarch Parapheur: documents by id,
 * their history as metadata and their signed document (or proof folder) as content, opened with
 * {@code Gedkit.connect("parapheur+https://host", Map.of("user", u, "password", p))} or
 * {@link org.gedkit.parapheur.ParapheurClient#asDocumentStore()}.
 */
package org.gedkit.parapheur.store;
