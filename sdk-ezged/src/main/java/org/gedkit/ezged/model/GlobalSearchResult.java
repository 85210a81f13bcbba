package org.gedkit.ezged.model;

import java.util.List;
import java.util.OptionalLong;

/**
 * The reply of {@code query/globalsearch_v3}.
 *
 * @param families the binders/views with their hits, in reply order; never null
 * @param totalCount the reply {@code count} (total hits on the server), when it is a number
 */
public record GlobalSearchResult(List<SearchFamily> families, OptionalLong totalCount) {

  /**
   * Copies the list.
   *
   * @param families the families
   * @param totalCount the total
   */
  public GlobalSearchResult {
    families = families == null ? List.of() : List.copyOf(families);
    totalCount = totalCount == null ? OptionalLong.empty() : totalCount;
  }

  /**
   * Every hit of every family, in reply order.
   *
   * @return the hits; never null
   */
  public List<SearchHit> hits() {
    return families.stream().flatMap(f -> f.hits().stream()).toList();
  }
}
