package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional arguments of {@code GET /api/v2/system/sessions}.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param endedMaxDate {@code ended_maxdate}, null to leave out
 * @param endedMinDate {@code ended_mindate}, null to leave out
 * @param hostname {@code hostname}, null to leave out
 * @param id {@code id}, null to leave out
 * @param key {@code key}, null to leave out
 * @param limit {@code limit}, null to leave out
 * @param offset {@code offset}, null to leave out
 * @param startedMaxDate {@code started_maxdate}, null to leave out
 * @param startedMinDate {@code started_mindate}, null to leave out
 * @param status {@code status}, null to leave out
 * @param url {@code url}, null to leave out
 * @param version {@code version}, null to leave out
 */
public record SessionSearchOptions(OffsetDateTime endedMaxDate, OffsetDateTime endedMinDate, String hostname, Long id, String key, Integer limit, Long offset, OffsetDateTime startedMaxDate, OffsetDateTime startedMinDate, List<String> status, String url, String version) {

  /**
   * Checks the arguments.
   *
   * @param endedMaxDate {@code ended_maxdate}, null to leave out
   * @param endedMinDate {@code ended_mindate}, null to leave out
   * @param hostname {@code hostname}, null to leave out
   * @param id {@code id}, null to leave out
   * @param key {@code key}, null to leave out
   * @param limit {@code limit}, null to leave out
   * @param offset {@code offset}, null to leave out
   * @param startedMaxDate {@code started_maxdate}, null to leave out
   * @param startedMinDate {@code started_mindate}, null to leave out
   * @param status {@code status}, null to leave out
   * @param url {@code url}, null to leave out
   * @param version {@code version}, null to leave out
   * @throws org.gedkit.core.error.InvalidArgumentException when a number is negative
   */
  public SessionSearchOptions {
    if (id != null && id < 0) {
      throw new org.gedkit.core.error.InvalidArgumentException("id must not be negative, got " + id,
          org.gedkit.core.error.ErrorDetails.of("qorus", "SessionSearchOptions"));
    }
    if (limit != null && limit < 0) {
      throw new org.gedkit.core.error.InvalidArgumentException("limit must not be negative, got " + limit,
          org.gedkit.core.error.ErrorDetails.of("qorus", "SessionSearchOptions"));
    }
    if (offset != null && offset < 0) {
      throw new org.gedkit.core.error.InvalidArgumentException("offset must not be negative, got " + offset,
          org.gedkit.core.error.ErrorDetails.of("qorus", "SessionSearchOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static SessionSearchOptions defaults() {
    return new SessionSearchOptions(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * A copy with {@code ended_maxdate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withEndedMaxDate(OffsetDateTime value) {
    return new SessionSearchOptions(value, endedMinDate, hostname, id, key, limit, offset, startedMaxDate, startedMinDate, status, url, version);
  }
  /**
   * A copy with {@code ended_mindate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withEndedMinDate(OffsetDateTime value) {
    return new SessionSearchOptions(endedMaxDate, value, hostname, id, key, limit, offset, startedMaxDate, startedMinDate, status, url, version);
  }
  /**
   * A copy with {@code hostname} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withHostname(String value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, value, id, key, limit, offset, startedMaxDate, startedMinDate, status, url, version);
  }
  /**
   * A copy with {@code id} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withId(Long value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, hostname, value, key, limit, offset, startedMaxDate, startedMinDate, status, url, version);
  }
  /**
   * A copy with {@code key} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withKey(String value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, hostname, id, value, limit, offset, startedMaxDate, startedMinDate, status, url, version);
  }
  /**
   * A copy with {@code limit} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withLimit(Integer value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, hostname, id, key, value, offset, startedMaxDate, startedMinDate, status, url, version);
  }
  /**
   * A copy with {@code offset} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withOffset(Long value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, hostname, id, key, limit, value, startedMaxDate, startedMinDate, status, url, version);
  }
  /**
   * A copy with {@code started_maxdate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withStartedMaxDate(OffsetDateTime value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, hostname, id, key, limit, offset, value, startedMinDate, status, url, version);
  }
  /**
   * A copy with {@code started_mindate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withStartedMinDate(OffsetDateTime value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, hostname, id, key, limit, offset, startedMaxDate, value, status, url, version);
  }
  /**
   * A copy with {@code status} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withStatus(List<String> value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, hostname, id, key, limit, offset, startedMaxDate, startedMinDate, value, url, version);
  }
  /**
   * A copy with {@code url} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withUrl(String value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, hostname, id, key, limit, offset, startedMaxDate, startedMinDate, status, value, version);
  }
  /**
   * A copy with {@code version} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public SessionSearchOptions withVersion(String value) {
    return new SessionSearchOptions(endedMaxDate, endedMinDate, hostname, id, key, limit, offset, startedMaxDate, startedMinDate, status, url, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ended_maxdate", endedMaxDate);
    m.put("ended_mindate", endedMinDate);
    m.put("hostname", hostname);
    m.put("id", id);
    m.put("key", key);
    m.put("limit", limit);
    m.put("offset", offset);
    m.put("started_maxdate", startedMaxDate);
    m.put("started_mindate", startedMinDate);
    m.put("status", status);
    m.put("url", url);
    m.put("version", version);
    return m;
  }
}
