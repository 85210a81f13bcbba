package org.gedkit.ezged.model;

import java.util.Map;

/**
 * The counters {@code secses/keepalive} returns about the user's GED.
 *
 * @param signbook tasks waiting in the signature book ({@code countsignbook})
 * @param correction items to correct in the indexing centre ({@code countcorrection})
 * @param trash items in the trash ({@code counttrash})
 * @param message messages in the tray ({@code countmessage})
 * @param workflow workflow tasks waiting ({@code countworkflow})
 * @param columns every column of the reply row
 */
public record KeepAliveCounters(int signbook, int correction, int trash, int message, int workflow,
    Map<String, Object> columns) {

  /**
   * Copies the columns.
   *
   * @param signbook tasks in the signature book
   * @param correction items to correct
   * @param trash items in the trash
   * @param message messages
   * @param workflow workflow tasks
   * @param columns every column
   */
  public KeepAliveCounters {
    columns = new Row(columns).columns();
  }

  /**
   * Builds the counters from a reply row.
   *
   * @param row the row
   * @return the counters; never null
   */
  public static KeepAliveCounters of(Row row) {
    return new KeepAliveCounters(count(row, "countsignbook"), count(row, "countcorrection"), count(row, "counttrash"),
        count(row, "countmessage"), count(row, "countworkflow"), row.columns());
  }

  private static int count(Row row, String name) {
    return (int) row.longValue(name).orElse(0);
  }
}
