package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of the sync event searches.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param desc {@code desc}, null to leave out
 * @param eventKey {@code eventkey}, null to leave out
 * @param eventName {@code eventname}, null to leave out
 * @param id {@code id}, null to leave out
 * @param maxModified {@code maxmodified}, null to leave out
 * @param modified {@code modified}, null to leave out
 * @param posted {@code posted}, null to leave out
 * @param sort {@code sort}, null to leave out
 * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
 */
public record SyncEventSearchOptions(Boolean desc, String eventKey, String eventName, List<Long> id, OffsetDateTime maxModified, OffsetDateTime modified, Boolean posted, List<String> sort, int pageSize) {

  /**
   * Checks the arguments.
   *
   * @param desc {@code desc}, null to leave out
   * @param eventKey {@code eventkey}, null to leave out
   * @param eventName {@code eventname}, null to leave out
   * @param id {@code id}, null to leave out
   * @param maxModified {@code maxmodified}, null to leave out
   * @param modified {@code modified}, null to leave out
   * @param posted {@code posted}, null to leave out
   * @param sort {@code sort}, null to leave out
   * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
   * @throws org.gedkit.core.error.InvalidArgumentException when the page size is not positive
   */
  public SyncEventSearchOptions {
    if (pageSize < 1) {
      throw new org.gedkit.core.error.InvalidArgumentException("pageSize must be positive, got " + pageSize,
          org.gedkit.core.error.ErrorDetails.of("qorus", "SyncEventSearchOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static SyncEventSearchOptions defaults() {
    return new SyncEventSearchOptions(null, null, null, null, null, null, null, null, QorusClient.DEFAULT_PAGE_SIZE);
  }

  /**
   * A copy with {@code desc} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SyncEventSearchOptions withDesc(Boolean value) {
    return new SyncEventSearchOptions(value, eventKey, eventName, id, maxModified, modified, posted, sort, pageSize);
  }
  /**
   * A copy with {@code eventkey} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SyncEventSearchOptions withEventKey(String value) {
    return new SyncEventSearchOptions(desc, value, eventName, id, maxModified, modified, posted, sort, pageSize);
  }
  /**
   * A copy with {@code eventname} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SyncEventSearchOptions withEventName(String value) {
    return new SyncEventSearchOptions(desc, eventKey, value, id, maxModified, modified, posted, sort, pageSize);
  }
  /**
   * A copy with {@code id} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SyncEventSearchOptions withId(List<Long> value) {
    return new SyncEventSearchOptions(desc, eventKey, eventName, value, maxModified, modified, posted, sort, pageSize);
  }
  /**
   * A copy with {@code maxmodified} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SyncEventSearchOptions withMaxModified(OffsetDateTime value) {
    return new SyncEventSearchOptions(desc, eventKey, eventName, id, value, modified, posted, sort, pageSize);
  }
  /**
   * A copy with {@code modified} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SyncEventSearchOptions withModified(OffsetDateTime value) {
    return new SyncEventSearchOptions(desc, eventKey, eventName, id, maxModified, value, posted, sort, pageSize);
  }
  /**
   * A copy with {@code posted} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SyncEventSearchOptions withPosted(Boolean value) {
    return new SyncEventSearchOptions(desc, eventKey, eventName, id, maxModified, modified, value, sort, pageSize);
  }
  /**
   * A copy with {@code sort} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SyncEventSearchOptions withSort(List<String> value) {
    return new SyncEventSearchOptions(desc, eventKey, eventName, id, maxModified, modified, posted, value, pageSize);
  }
  /**
   * A copy with another page size.
   *
   * @param value rows per request, 1 or more
   * @return the copy
   */
  public SyncEventSearchOptions withPageSize(int value) {
    return new SyncEventSearchOptions(desc, eventKey, eventName, id, maxModified, modified, posted, sort, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("desc", desc);
    m.put("eventkey", eventKey);
    m.put("eventname", eventName);
    m.put("id", id);
    m.put("maxmodified", maxModified);
    m.put("modified", modified);
    m.put("posted", posted);
    m.put("sort", sort);
    return m;
  }
}
