package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Optional arguments of {@code GET /api/v2/releases}.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param component {@code component}, null to leave out
 * @param componentMaxDate {@code component_maxdate}, null to leave out
 * @param componentMinDate {@code component_mindate}, null to leave out
 * @param fileMaxDate {@code file_maxdate}, null to leave out
 * @param fileMinDate {@code file_mindate}, null to leave out
 * @param fileName {@code file_name}, null to leave out
 * @param maxDate {@code maxdate}, null to leave out
 * @param minDate {@code mindate}, null to leave out
 * @param withComponents {@code with_components}, null to leave out
 * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
 */
public record ReleaseSearchOptions(String component, OffsetDateTime componentMaxDate, OffsetDateTime componentMinDate, OffsetDateTime fileMaxDate, OffsetDateTime fileMinDate, String fileName, OffsetDateTime maxDate, OffsetDateTime minDate, Boolean withComponents, int pageSize) {

  /**
   * Checks the arguments.
   *
   * @param component {@code component}, null to leave out
   * @param componentMaxDate {@code component_maxdate}, null to leave out
   * @param componentMinDate {@code component_mindate}, null to leave out
   * @param fileMaxDate {@code file_maxdate}, null to leave out
   * @param fileMinDate {@code file_mindate}, null to leave out
   * @param fileName {@code file_name}, null to leave out
   * @param maxDate {@code maxdate}, null to leave out
   * @param minDate {@code mindate}, null to leave out
   * @param withComponents {@code with_components}, null to leave out
   * @param pageSize rows fetched per request ({@code limit}); the server default row limit is 100
   * @throws org.gedkit.core.error.InvalidArgumentException when the page size is not positive
   */
  public ReleaseSearchOptions {
    if (pageSize < 1) {
      throw new org.gedkit.core.error.InvalidArgumentException("pageSize must be positive, got " + pageSize,
          org.gedkit.core.error.ErrorDetails.of("qorus", "ReleaseSearchOptions"));
    }
  }

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static ReleaseSearchOptions defaults() {
    return new ReleaseSearchOptions(null, null, null, null, null, null, null, null, null, QorusClient.DEFAULT_PAGE_SIZE);
  }

  /**
   * A copy with {@code component} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ReleaseSearchOptions withComponent(String value) {
    return new ReleaseSearchOptions(value, componentMaxDate, componentMinDate, fileMaxDate, fileMinDate, fileName, maxDate, minDate, withComponents, pageSize);
  }
  /**
   * A copy with {@code component_maxdate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ReleaseSearchOptions withComponentMaxDate(OffsetDateTime value) {
    return new ReleaseSearchOptions(component, value, componentMinDate, fileMaxDate, fileMinDate, fileName, maxDate, minDate, withComponents, pageSize);
  }
  /**
   * A copy with {@code component_mindate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ReleaseSearchOptions withComponentMinDate(OffsetDateTime value) {
    return new ReleaseSearchOptions(component, componentMaxDate, value, fileMaxDate, fileMinDate, fileName, maxDate, minDate, withComponents, pageSize);
  }
  /**
   * A copy with {@code file_maxdate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ReleaseSearchOptions withFileMaxDate(OffsetDateTime value) {
    return new ReleaseSearchOptions(component, componentMaxDate, componentMinDate, value, fileMinDate, fileName, maxDate, minDate, withComponents, pageSize);
  }
  /**
   * A copy with {@code file_mindate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ReleaseSearchOptions withFileMinDate(OffsetDateTime value) {
    return new ReleaseSearchOptions(component, componentMaxDate, componentMinDate, fileMaxDate, value, fileName, maxDate, minDate, withComponents, pageSize);
  }
  /**
   * A copy with {@code file_name} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ReleaseSearchOptions withFileName(String value) {
    return new ReleaseSearchOptions(component, componentMaxDate, componentMinDate, fileMaxDate, fileMinDate, value, maxDate, minDate, withComponents, pageSize);
  }
  /**
   * A copy with {@code maxdate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ReleaseSearchOptions withMaxDate(OffsetDateTime value) {
    return new ReleaseSearchOptions(component, componentMaxDate, componentMinDate, fileMaxDate, fileMinDate, fileName, value, minDate, withComponents, pageSize);
  }
  /**
   * A copy with {@code mindate} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ReleaseSearchOptions withMinDate(OffsetDateTime value) {
    return new ReleaseSearchOptions(component, componentMaxDate, componentMinDate, fileMaxDate, fileMinDate, fileName, maxDate, value, withComponents, pageSize);
  }
  /**
   * A copy with {@code with_components} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ReleaseSearchOptions withWithComponents(Boolean value) {
    return new ReleaseSearchOptions(component, componentMaxDate, componentMinDate, fileMaxDate, fileMinDate, fileName, maxDate, minDate, value, pageSize);
  }
  /**
   * A copy with another page size.
   *
   * @param value rows per request, 1 or more
   * @return the copy
   */
  public ReleaseSearchOptions withPageSize(int value) {
    return new ReleaseSearchOptions(component, componentMaxDate, componentMinDate, fileMaxDate, fileMinDate, fileName, maxDate, minDate, withComponents, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("component", component);
    m.put("component_maxdate", componentMaxDate);
    m.put("component_mindate", componentMinDate);
    m.put("file_maxdate", fileMaxDate);
    m.put("file_mindate", fileMinDate);
    m.put("file_name", fileName);
    m.put("maxdate", maxDate);
    m.put("mindate", minDate);
    m.put("with_components", withComponents);
    return m;
  }
}
