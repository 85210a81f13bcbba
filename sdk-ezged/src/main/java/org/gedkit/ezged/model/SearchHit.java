package org.gedkit.ezged.model;

import java.util.Map;

/**
 * One {@code gsearch} line of {@code query/globalsearch_v3}.
 *
 * @param rsid the record id ({@code RSID})
 * @param queryId the view it was found in ({@code QRY_ID})
 * @param queryDescription the view description ({@code QRY_DESC})
 * @param ffqn the key field ({@code FFQN}), e.g. {@code courriers.COURRIERS_ID}
 * @param description the HTML summary of the hit ({@code DESC})
 * @param columns every column of the line
 */
public record SearchHit(long rsid, long queryId, String queryDescription, String ffqn, String description,
    Map<String, Object> columns) {

  /**
   * Copies the columns.
   *
   * @param rsid the record id
   * @param queryId the view id
   * @param queryDescription the view description
   * @param ffqn the key field
   * @param description the HTML summary
   * @param columns every column
   */
  public SearchHit {
    columns = new Row(columns).columns();
  }

  /**
   * Builds a hit from a reply row.
   *
   * @param row the row
   * @return the hit; never null
   */
  public static SearchHit of(Row row) {
    return new SearchHit(row.longValue("RSID").orElse(0), row.longValue("QRY_ID").orElse(0),
        row.string("QRY_DESC").orElse(""), row.string("FFQN").orElse(""), row.string("DESC").orElse(""),
        row.columns());
  }
}
