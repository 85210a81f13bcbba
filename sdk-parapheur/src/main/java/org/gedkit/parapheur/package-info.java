/**
 * Gedkit adapter for Maarch Parapheur: the history of a document and its proof bundle
 * ({@code GET /rest/documents/{id}/history}, {@code GET /rest/documents/{id}/proof}).
 *
 * <p>Start with {@link org.gedkit.parapheur.ParapheurClient#builder()}; the calls hang off
 * {@link org.gedkit.parapheur.ParapheurClient#documents()}.
 */
package org.gedkit.parapheur;
