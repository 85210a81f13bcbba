package org.gedkit.ezged.model;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.json.GedkitDates;
import org.gedkit.core.json.ModelCollections;

/**
 * One row of an EzGED reply, every column kept as it came (name to value), with typed accessors.
 *
 * <p>EzGED sends numbers as numbers or as strings and dates as {@code yyyy-MM-dd HH:mm:ss} without a zone; the
 * accessors accept both shapes. Column names are the wire names (e.g. {@code COURRIERS_ID},
 * {@code year(one.ONE_DATE)}).
 *
 * @param columns every column of the row, in wire order; values are String, Number, Boolean, List, Map or null
 */
public record Row(Map<String, Object> columns) {

  /**
   * Copies the columns (null values are kept). The columns of another row are already immutable and are shared, as
   * is a map a reply reader built and handed over ({@link ModelCollections#adopt(Map)}: the paging hot path).
   *
   * @param columns every column of the row
   */
  public Row {
    columns = ModelCollections.copyOf(columns);
  }

  /**
   * The row {@code type} column ({@code row}, {@code family}, ...).
   *
   * @return the type, or empty
   */
  public Optional<String> type() {
    return string("type");
  }

  /**
   * Whether the row has a column of that name (even a null one).
   *
   * @param name the wire column name
   * @return true when present
   */
  public boolean has(String name) {
    return columns.containsKey(name);
  }

  /**
   * The raw value of a column.
   *
   * @param name the wire column name
   * @return the value, or empty when missing or null
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(columns.get(name));
  }

  /**
   * A column as text (numbers are written as they came).
   *
   * @param name the wire column name
   * @return the text, or empty when missing or null
   */
  public Optional<String> string(String name) {
    Object v = columns.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      return Optional.of(Long.toString(d.longValue()));
    }
    return Optional.of(String.valueOf(v));
  }

  /**
   * A column as a whole number (accepts numbers and numeric strings).
   *
   * @param name the wire column name
   * @return the number, or empty when missing, null or blank
   * @throws ProtocolException when the value is not a whole number
   */
  public OptionalLong longValue(String name) {
    Object v = columns.get(name);
    if (v == null) {
      return OptionalLong.empty();
    }
    if (v instanceof Number n) {
      return OptionalLong.of(n.longValue());
    }
    if (v instanceof Boolean b) {
      return OptionalLong.of(b ? 1 : 0);
    }
    String s = String.valueOf(v).trim();
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      throw new ProtocolException("column " + name + " is not a whole number: \"" + abbreviate(s) + "\"",
          ErrorDetails.of("ezged", "row"));
    }
  }

  /**
   * A column as a date-time (EzGED dates have no zone: they are read as UTC wall time).
   *
   * @param name the wire column name
   * @return the date-time, or empty when missing, null, blank or a zero date
   * @throws ProtocolException when the value is not a date
   */
  public Optional<OffsetDateTime> date(String name) {
    Object v = columns.get(name);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return GedkitDates.parse(String.valueOf(v));
    } catch (DateTimeException e) {
      throw new ProtocolException("column " + name + " is not a date: \"" + abbreviate(String.valueOf(v)) + "\"",
          ErrorDetails.of("ezged", "row"));
    }
  }

  /**
   * A column as a date-time, or empty when it is missing or not a date (never throws): what the model records use,
   * so one odd date never fails a whole listing.
   *
   * @param name the wire column name
   * @return the date-time, or empty
   */
  public Optional<OffsetDateTime> dateIfValid(String name) {
    Object v = columns.get(name);
    return v == null ? Optional.empty() : GedkitDates.parseLenient(String.valueOf(v));
  }

  /**
   * A column as the server's wall-clock date-time, without any zone.
   *
   * @param name the wire column name
   * @return the local date-time, or empty
   * @throws ProtocolException when the value is not a date
   */
  public Optional<LocalDateTime> localDateTime(String name) {
    return date(name).map(OffsetDateTime::toLocalDateTime);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
