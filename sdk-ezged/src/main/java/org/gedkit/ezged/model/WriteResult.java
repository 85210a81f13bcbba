package org.gedkit.ezged.model;

import java.util.List;

/**
 * The reply of a write without a returned id ({@code doctbl/updaterow}, {@code doctbl/deleterowfiles}).
 *
 * @param message the vendor message ({@code ok})
 * @param rows the reply rows (usually none); never null
 */
public record WriteResult(String message, List<Row> rows) {

  /**
   * Copies the list.
   *
   * @param message the vendor message
   * @param rows the rows
   */
  public WriteResult {
    message = message == null ? "" : message;
    rows = rows == null ? List.of() : List.copyOf(rows);
  }
}
