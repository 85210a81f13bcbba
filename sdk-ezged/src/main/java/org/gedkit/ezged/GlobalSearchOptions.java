package org.gedkit.ezged;

/**
 * Options of {@code query/globalsearch_v3}.
 *
 * @param maxLines {@code gridlines}: the most lines the server returns (100 by default)
 * @param userFilterOnly {@code usrfltmode=1}: search only the views of the user's filter
 */
public record GlobalSearchOptions(int maxLines, boolean userFilterOnly) {

  /**
   * Checks the values.
   *
   * @param maxLines the most lines, at least 1
   * @param userFilterOnly whether to search the user's filter only
   */
  public GlobalSearchOptions {
    if (maxLines < 1) {
      throw new org.gedkit.core.error.InvalidArgumentException("maxLines must be at least 1, was " + maxLines,
          org.gedkit.core.error.ErrorDetails.of("ezged", "query/globalsearch_v3"));
    }
  }

  /**
   * The defaults: 100 lines, every view.
   *
   * @return the defaults; never null
   */
  public static GlobalSearchOptions defaults() {
    return new GlobalSearchOptions(100, false);
  }
}
