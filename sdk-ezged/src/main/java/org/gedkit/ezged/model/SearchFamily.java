package org.gedkit.ezged.model;

import java.util.List;
import java.util.Map;

/**
 * One {@code family} line of {@code query/globalsearch_v3} with the {@code gsearch} lines that follow it.
 *
 * @param queryId the view ({@code QRY_ID})
 * @param description the view description ({@code QRY_DESC})
 * @param count the number of hits in that view ({@code COUNT})
 * @param mainFfqn the key field ({@code QRY_MAINFFQN})
 * @param hits the hits that followed this family in the reply; never null
 * @param columns every column of the family line
 */
public record SearchFamily(long queryId, String description, long count, String mainFfqn, List<SearchHit> hits,
    Map<String, Object> columns) {

  /**
   * Copies the lists and maps.
   *
   * @param queryId the view id
   * @param description the view description
   * @param count the number of hits
   * @param mainFfqn the key field
   * @param hits the hits
   * @param columns every column
   */
  public SearchFamily {
    hits = hits == null ? List.of() : List.copyOf(hits);
    columns = new Row(columns).columns();
  }

  /**
   * Builds a family from its reply row and its hits.
   *
   * @param row the family row
   * @param hits its hits
   * @return the family; never null
   */
  public static SearchFamily of(Row row, List<SearchHit> hits) {
    return new SearchFamily(row.longValue("QRY_ID").orElse(0), row.string("QRY_DESC").orElse(""),
        row.longValue("COUNT").orElse(0), row.string("QRY_MAINFFQN").orElse(""), hits, row.columns());
  }
}
