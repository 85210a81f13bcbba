package org.gedkit.ezged.model;

import java.util.List;
import java.util.OptionalLong;

/**
 * The activities of {@code log/getactivity}.
 *
 * @param entries the entries, newest first as the server sends them; never null
 * @param totalCount the server's total ({@code object.count}), when given
 */
public record ActivityLog(List<ActivityEntry> entries, OptionalLong totalCount) {

  /**
   * Copies the list.
   *
   * @param entries the entries
   * @param totalCount the total
   */
  public ActivityLog {
    entries = entries == null ? List.of() : List.copyOf(entries);
    totalCount = totalCount == null ? OptionalLong.empty() : totalCount;
  }
}
