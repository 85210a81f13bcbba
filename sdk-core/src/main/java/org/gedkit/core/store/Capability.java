package org.gedkit.core.store;

/** What a {@link DocumentStore} can do. An operation whose capability is missing throws, never silently does nothing. */
public enum Capability {
  /** List the containers under a container ({@link DocumentStore#containers(String)}). */
  BROWSE,
  /** List the documents of a container ({@link DocumentStore#list(String)}). */
  LIST,
  /** Search documents ({@link DocumentStore#search(String)}). */
  SEARCH,
  /** Read a document's metadata ({@link DocumentStore#metadata(String)}). */
  METADATA,
  /** Download a document's content ({@link DocumentStore#download}). */
  DOWNLOAD,
  /** Upload a document into a container ({@link DocumentStore#upload}). */
  UPLOAD,
  /** Delete a document ({@link DocumentStore#delete(String)}). */
  DELETE
}
