package org.gedkit.core.paging;

import java.util.Optional;

/**
 * What a page fetcher is asked for.
 *
 * @param offset the index of the first item (offset listings)
 * @param limit the page size
 * @param cursorValue the previous page's cursor, or null for the first page (cursor listings)
 * @param pageIndex the index of the page, from 0
 */
public record PageRequest(long offset, int limit, String cursorValue, int pageIndex) {

  /**
   * The previous page's cursor.
   *
   * @return the cursor, empty for the first page
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursorValue);
  }
}
