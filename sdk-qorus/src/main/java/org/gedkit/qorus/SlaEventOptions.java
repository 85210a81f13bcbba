package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of the SLA event searches.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param desc {@code desc}, null to leave out
 * @param err {@code err}, null to leave out
 * @param errDesc {@code errdesc}, null to leave out
 * @param name {@code name}, null to leave out
 * @param minDate {@code mindate}, null to leave out
 * @param maxDate {@code maxdate}, null to leave out
 * @param producer {@code producer}, null to leave out
 * @param slaId {@code slaid}, null to leave out
 * @param sort {@code sort}, null to leave out
 * @param success {@code success}, null to leave out
 * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
 */
public record SlaEventOptions(Boolean desc, List<String> err, List<String> errDesc, List<String> name, OffsetDateTime minDate, OffsetDateTime maxDate, List<String> producer, List<Long> slaId, List<String> sort, Boolean success, int pageSize) {

  /**
   * Checks the arguments.
   *
   * @param desc {@code desc}, null to leave out
   * @param err {@code err}, null to leave out
   * @param errDesc {@code errdesc}, null to leave out
   * @param name {@code name}, null to leave out
   * @param minDate {@code mindate}, null to leave out
   * @param maxDate {@code maxdate}, null to leave out
   * @param producer {@code producer}, null to leave out
   * @param slaId {@code slaid}, null to leave out
   * @param sort {@code sort}, null to leave out
   * @param success {@code success}, null to leave out
   * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
   * @throws org.gedkit.core.error.InvalidArgumentException when the page size is not positive
   */
  public SlaEventOptions {
    if (pageSize < 1) {
      throw new org.gedkit.core.error.InvalidArgumentException("pageSize must be positive, got " + pageSize,
          org.gedkit.core.error.ErrorDetails.of("qorus", "SlaEventOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static SlaEventOptions defaults() {
    return new SlaEventOptions(null, null, null, null, null, null, null, null, null, null, QorusClient.DEFAULT_PAGE_SIZE);
  }

  /**
   * A copy with {@code desc} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withDesc(Boolean value) {
    return new SlaEventOptions(value, err, errDesc, name, minDate, maxDate, producer, slaId, sort, success, pageSize);
  }
  /**
   * A copy with {@code err} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withErr(List<String> value) {
    return new SlaEventOptions(desc, value, errDesc, name, minDate, maxDate, producer, slaId, sort, success, pageSize);
  }
  /**
   * A copy with {@code errdesc} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withErrDesc(List<String> value) {
    return new SlaEventOptions(desc, err, value, name, minDate, maxDate, producer, slaId, sort, success, pageSize);
  }
  /**
   * A copy with {@code name} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withName(List<String> value) {
    return new SlaEventOptions(desc, err, errDesc, value, minDate, maxDate, producer, slaId, sort, success, pageSize);
  }
  /**
   * A copy with {@code mindate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withMinDate(OffsetDateTime value) {
    return new SlaEventOptions(desc, err, errDesc, name, value, maxDate, producer, slaId, sort, success, pageSize);
  }
  /**
   * A copy with {@code maxdate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withMaxDate(OffsetDateTime value) {
    return new SlaEventOptions(desc, err, errDesc, name, minDate, value, producer, slaId, sort, success, pageSize);
  }
  /**
   * A copy with {@code producer} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withProducer(List<String> value) {
    return new SlaEventOptions(desc, err, errDesc, name, minDate, maxDate, value, slaId, sort, success, pageSize);
  }
  /**
   * A copy with {@code slaid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withSlaId(List<Long> value) {
    return new SlaEventOptions(desc, err, errDesc, name, minDate, maxDate, producer, value, sort, success, pageSize);
  }
  /**
   * A copy with {@code sort} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withSort(List<String> value) {
    return new SlaEventOptions(desc, err, errDesc, name, minDate, maxDate, producer, slaId, value, success, pageSize);
  }
  /**
   * A copy with {@code success} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SlaEventOptions withSuccess(Boolean value) {
    return new SlaEventOptions(desc, err, errDesc, name, minDate, maxDate, producer, slaId, sort, value, pageSize);
  }
  /**
   * A copy with another page size.
   *
   * @param value rows per request, 1 or more
   * @return the copy
   */
  public SlaEventOptions withPageSize(int value) {
    return new SlaEventOptions(desc, err, errDesc, name, minDate, maxDate, producer, slaId, sort, success, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("desc", desc);
    m.put("err", err);
    m.put("errdesc", errDesc);
    m.put("name", name);
    m.put("mindate", minDate);
    m.put("maxdate", maxDate);
    m.put("producer", producer);
    m.put("slaid", slaId);
    m.put("sort", sort);
    m.put("success", success);
    return m;
  }
}
