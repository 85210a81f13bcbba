package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of the SLA performance reports.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param err {@code err}, null to leave out
 * @param errDesc {@code errdesc}, null to leave out
 * @param grouping {@code grouping}, null to leave out
 * @param name {@code name}, null to leave out
 * @param maxDate {@code maxdate}, null to leave out
 * @param minDate {@code mindate}, null to leave out
 * @param producer {@code producer}, null to leave out
 * @param slaId {@code slaid}, null to leave out
 * @param success {@code success}, null to leave out
 */
public record SlaPerformanceOptions(List<String> err, List<String> errDesc, String grouping, List<String> name, OffsetDateTime maxDate, OffsetDateTime minDate, List<String> producer, List<Long> slaId, Boolean success) {

  /**
   * Checks the arguments.
   *
   * @param err {@code err}, null to leave out
   * @param errDesc {@code errdesc}, null to leave out
   * @param grouping {@code grouping}, null to leave out
   * @param name {@code name}, null to leave out
   * @param maxDate {@code maxdate}, null to leave out
   * @param minDate {@code mindate}, null to leave out
   * @param producer {@code producer}, null to leave out
   * @param slaId {@code slaid}, null to leave out
   * @param success {@code success}, null to leave out
   * @throws org.gedkit.core.error.InvalidArgumentException when {@code grouping} is not one of those the document lists
   */
  public SlaPerformanceOptions {
    if (grouping != null && !java.util.List.of("hourly", "daily", "monthly", "yearly").contains(grouping)) {
      throw new org.gedkit.core.error.InvalidArgumentException("grouping must be one of " + java.util.List.of("hourly", "daily", "monthly", "yearly")
          + ", got \"" + grouping + "\"", org.gedkit.core.error.ErrorDetails.of("qorus", "SlaPerformanceOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static SlaPerformanceOptions defaults() {
    return new SlaPerformanceOptions(null, null, null, null, null, null, null, null, null);
  }

  /**
   * A copy with {@code err} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaPerformanceOptions withErr(List<String> value) {
    return new SlaPerformanceOptions(value, errDesc, grouping, name, maxDate, minDate, producer, slaId, success);
  }
  /**
   * A copy with {@code errdesc} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaPerformanceOptions withErrDesc(List<String> value) {
    return new SlaPerformanceOptions(err, value, grouping, name, maxDate, minDate, producer, slaId, success);
  }
  /**
   * A copy with {@code grouping} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaPerformanceOptions withGrouping(String value) {
    return new SlaPerformanceOptions(err, errDesc, value, name, maxDate, minDate, producer, slaId, success);
  }
  /**
   * A copy with {@code name} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaPerformanceOptions withName(List<String> value) {
    return new SlaPerformanceOptions(err, errDesc, grouping, value, maxDate, minDate, producer, slaId, success);
  }
  /**
   * A copy with {@code maxdate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaPerformanceOptions withMaxDate(OffsetDateTime value) {
    return new SlaPerformanceOptions(err, errDesc, grouping, name, value, minDate, producer, slaId, success);
  }
  /**
   * A copy with {@code mindate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaPerformanceOptions withMinDate(OffsetDateTime value) {
    return new SlaPerformanceOptions(err, errDesc, grouping, name, maxDate, value, producer, slaId, success);
  }
  /**
   * A copy with {@code producer} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaPerformanceOptions withProducer(List<String> value) {
    return new SlaPerformanceOptions(err, errDesc, grouping, name, maxDate, minDate, value, slaId, success);
  }
  /**
   * A copy with {@code slaid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaPerformanceOptions withSlaId(List<Long> value) {
    return new SlaPerformanceOptions(err, errDesc, grouping, name, maxDate, minDate, producer, value, success);
  }
  /**
   * A copy with {@code success} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaPerformanceOptions withSuccess(Boolean value) {
    return new SlaPerformanceOptions(err, errDesc, grouping, name, maxDate, minDate, producer, slaId, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("err", err);
    m.put("errdesc", errDesc);
    m.put("grouping", grouping);
    m.put("name", name);
    m.put("maxdate", maxDate);
    m.put("mindate", minDate);
    m.put("producer", producer);
    m.put("slaid", slaId);
    m.put("success", success);
    return m;
  }
}
