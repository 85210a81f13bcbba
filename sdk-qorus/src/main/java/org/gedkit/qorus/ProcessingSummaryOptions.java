package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of the {@code processingSummary} actions.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param maxDate {@code maxdate}, null to leave out
 * @param workflowIds {@code wfids}, null to leave out
 * @param seconds {@code seconds}, null to leave out
 * @param global {@code global}, null to leave out
 * @param grouping {@code grouping}, null to leave out
 */
public record ProcessingSummaryOptions(OffsetDateTime maxDate, List<Long> workflowIds, Boolean seconds, Boolean global, String grouping) {

  /**
   * Checks the arguments.
   *
   * @param maxDate {@code maxdate}, null to leave out
   * @param workflowIds {@code wfids}, null to leave out
   * @param seconds {@code seconds}, null to leave out
   * @param global {@code global}, null to leave out
   * @param grouping {@code grouping}, null to leave out
   * @throws org.gedkit.core.error.InvalidArgumentException when {@code grouping} is not one of those the document lists
   */
  public ProcessingSummaryOptions {
    if (grouping != null && !java.util.List.of("hourly", "daily", "monthly", "yearly").contains(grouping)) {
      throw new org.gedkit.core.error.InvalidArgumentException("grouping must be one of " + java.util.List.of("hourly", "daily", "monthly", "yearly")
          + ", got \"" + grouping + "\"", org.gedkit.core.error.ErrorDetails.of("qorus", "ProcessingSummaryOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static ProcessingSummaryOptions defaults() {
    return new ProcessingSummaryOptions(null, null, null, null, null);
  }

  /**
   * A copy with {@code maxdate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ProcessingSummaryOptions withMaxDate(OffsetDateTime value) {
    return new ProcessingSummaryOptions(value, workflowIds, seconds, global, grouping);
  }
  /**
   * A copy with {@code wfids} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ProcessingSummaryOptions withWorkflowIds(List<Long> value) {
    return new ProcessingSummaryOptions(maxDate, value, seconds, global, grouping);
  }
  /**
   * A copy with {@code seconds} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ProcessingSummaryOptions withSeconds(Boolean value) {
    return new ProcessingSummaryOptions(maxDate, workflowIds, value, global, grouping);
  }
  /**
   * A copy with {@code global} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ProcessingSummaryOptions withGlobal(Boolean value) {
    return new ProcessingSummaryOptions(maxDate, workflowIds, seconds, value, grouping);
  }
  /**
   * A copy with {@code grouping} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ProcessingSummaryOptions withGrouping(String value) {
    return new ProcessingSummaryOptions(maxDate, workflowIds, seconds, global, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("maxdate", maxDate);
    m.put("wfids", workflowIds);
    m.put("seconds", seconds);
    m.put("global", global);
    m.put("grouping", grouping);
    return m;
  }
}
