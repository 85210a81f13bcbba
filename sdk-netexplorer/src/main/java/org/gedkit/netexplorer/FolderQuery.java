package org.gedkit.netexplorer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.internal.WireNames;

/**
 * Options of a folder read or listing ({@code GET /folder/{id}}, {@code GET /folders}; seed lines 379-431):
 * depth, recursive, filter, full/light field sets and search switches. Immutable; {@link #defaults()} sends nothing.
 */
public final class FolderQuery {

  /** What a recursive listing returns (seed lines 402-408). */
  public enum Filter {
    /** Folders only (1). */
    FOLDERS(1),
    /** Files only (2); stops at depth 1. */
    FILES(2),
    /** Both (3), the server default. */
    ALL(3);

    private final int wire;

    Filter(int wire) {
      this.wire = wire;
    }

    /**
     * The wire value.
     *
     * @return 1, 2 or 3
     */
    public int wire() {
      return wire;
    }
  }

  private final Map<String, Object> query;

  private FolderQuery(Map<String, Object> query) {
    this.query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /**
   * No options: the server defaults.
   *
   * @return the options; never null
   */
  public static FolderQuery defaults() {
    return new FolderQuery(Map.of());
  }

  /**
   * Starts options.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  Map<String, Object> toQuery() {
    return new LinkedHashMap<>(query);
  }

  @Override
  public String toString() {
    return "FolderQuery" + query;
  }

  /** Builds a {@link FolderQuery}. */
  public static final class Builder {
    private final Map<String, Object> q = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Listing depth: -1 whole tree, 0 the folder only, N levels.
     *
     * @param depth the depth; at least -1
     * @return this builder
     * @throws InvalidArgumentException when below -1
     */
    public Builder depth(int depth) {
      if (depth < -1) {
        throw new InvalidArgumentException("depth must be -1 or more, was " + depth,
            ErrorDetails.of("netexplorer", "FolderQuery"));
      }
      q.put(WireNames.DEPTH, depth);
      return this;
    }

    /**
     * Recursive listing (needed for depth and search).
     *
     * @param on whether on
     * @return this builder
     */
    public Builder recursive(boolean on) {
      q.put(WireNames.RECURSIVE, on ? 1 : 0);
      return this;
    }

    /**
     * Filters what a recursive listing returns.
     *
     * @param filter the filter
     * @return this builder
     */
    public Builder filter(Filter filter) {
      q.put(WireNames.FILTER, InvalidArgumentException.requireNonNull(filter, "filter", NetExplorerClient.BACKEND).wire());
      return this;
    }

    /**
     * Full mode: adds can_dlink ... path_name.
     *
     * @return this builder
     */
    public Builder full() {
      q.put(WireNames.FULL, 1);
      q.remove(WireNames.LIGHT);
      return this;
    }

    /**
     * Light mode: drops creation, modification, owner and owner_id.
     *
     * @return this builder
     */
    public Builder light() {
      q.put(WireNames.LIGHT, 1);
      q.remove(WireNames.FULL);
      return this;
    }

    /**
     * Restricts the returned fields (comma separated wire names).
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder fields(String fields) {
      q.put(WireNames.FIELDS, fields);
      return this;
    }

    /**
     * Searches for a term below the folder (sets recursive); combine with the {@code in*} switches.
     *
     * @param term the term
     * @return this builder
     */
    public Builder search(String term) {
      q.put(WireNames.SEARCH, term);
      q.put(WireNames.RECURSIVE, 1);
      return this;
    }

    /**
     * Search in file and folder names.
     *
     * @param on whether on
     * @return this builder
     */
    public Builder inNames(boolean on) {
      q.put(WireNames.SEARCH_NAMES, on ? 1 : 0);
      return this;
    }

    /**
     * Search in annotations.
     *
     * @param on whether on
     * @return this builder
     */
    public Builder inAnnotations(boolean on) {
      q.put(WireNames.SEARCH_ANNOTATIONS, on ? 1 : 0);
      return this;
    }

    /**
     * Search in indexed content.
     *
     * @param on whether on
     * @return this builder
     */
    public Builder inContent(boolean on) {
      q.put(WireNames.SEARCH_CONTENT, on ? 1 : 0);
      return this;
    }

    /**
     * Search the whole platform.
     *
     * @param on whether on
     * @return this builder
     */
    public Builder global(boolean on) {
      q.put(WireNames.SEARCH_GLOBAL, on ? 1 : 0);
      return this;
    }

    /**
     * Any other query parameter (to follow a server whose names differ from this SDK's guesses).
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder param(String name, Object value) {
      q.put(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options; never null
     */
    public FolderQuery build() {
      return new FolderQuery(q);
    }
  }
}
