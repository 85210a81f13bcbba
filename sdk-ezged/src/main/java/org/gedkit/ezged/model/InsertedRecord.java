package org.gedkit.ezged.model;

import java.util.Map;

/**
 * The reply of {@code doctbl/insertrow}.
 *
 * @param id the new record id ({@code RETID})
 * @param columns every column of the {@code returnid} row
 */
public record InsertedRecord(long id, Map<String, Object> columns) {

  /**
   * Copies the columns.
   *
   * @param id the new id
   * @param columns every column
   */
  public InsertedRecord {
    columns = new Row(columns).columns();
  }
}
