package org.gedkit.ezged.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * One activity of a record or a workflow bag ({@code log/getactivity}).
 *
 * @param type {@code file}, {@code workflow}, {@code index}, ...
 * @param action the action code ({@code C}, {@code M}, {@code MS}, {@code F}, ...)
 * @param label the readable label, e.g. {@code Fichier ajouté}
 * @param description the details
 * @param user the user's display name
 * @param date when it happened, when present
 * @param reserved the {@code reserved} column (step, file id, ...)
 * @param columns every column of the row
 */
public record ActivityEntry(String type, String action, String label, String description, String user,
    Optional<OffsetDateTime> date, String reserved, Map<String, Object> columns) {

  /**
   * Copies the columns.
   *
   * @param type the type
   * @param action the action code
   * @param label the label
   * @param description the details
   * @param user the user
   * @param date the date
   * @param reserved the reserved column
   * @param columns every column
   */
  public ActivityEntry {
    date = date == null ? Optional.empty() : date;
    columns = new Row(columns).columns();
  }

  /**
   * Builds an entry from a reply row.
   *
   * @param row the row
   * @return the entry; never null
   */
  public static ActivityEntry of(Row row) {
    return new ActivityEntry(row.string("type").orElse(""), row.string("action").orElse(""),
        row.string("label").orElse(""), row.string("description").orElse(""), row.string("user").orElse(""),
        row.dateIfValid("date"), row.string("reserved").orElse(""), row.columns());
  }
}
