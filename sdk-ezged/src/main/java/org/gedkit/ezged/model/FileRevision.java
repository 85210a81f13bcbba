package org.gedkit.ezged.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The last revision of a file of a record ({@code docpak/loadalllastrevision}).
 *
 * @param fileId {@code fsfileid}
 * @param ripe the SHA-1 of the archived file ({@code ripefilearchive}, or {@code ripe} on some servers); the
 *     {@code fsfileripe} of {@code showdocs.php}
 * @param name the original file name ({@code namefileorigin}, else {@code oname}); not sanitised
 * @param size the archived size in bytes ({@code size}), -1 when unknown
 * @param mime the media type ({@code mime}), may be empty
 * @param extension the extension ({@code extension}, else {@code ext}), may be empty
 * @param table the table ({@code table}), may be empty
 * @param rsid the record id ({@code rsid}), 0 when absent
 * @param rank the page/file rank ({@code rank}), 0 when absent
 * @param version the revision ({@code version}), 0 when absent
 * @param archivedAt {@code datefilearchive}, when present
 * @param columns every column of the row (the {@code DOCPAK_*} columns, {@code path}, {@code dimensions}, ...)
 */
public record FileRevision(long fileId, String ripe, String name, long size, String mime, String extension,
    String table, long rsid, long rank, long version, Optional<OffsetDateTime> archivedAt,
    Map<String, Object> columns) {

  /**
   * Copies the columns.
   *
   * @param fileId the file id
   * @param ripe the SHA-1
   * @param name the name
   * @param size the size
   * @param mime the media type
   * @param extension the extension
   * @param table the table
   * @param rsid the record id
   * @param rank the rank
   * @param version the revision
   * @param archivedAt the archive date
   * @param columns every column
   */
  public FileRevision {
    ripe = ripe == null ? "" : ripe;
    name = name == null ? "" : name;
    mime = mime == null ? "" : mime;
    extension = extension == null ? "" : extension;
    table = table == null ? "" : table;
    archivedAt = archivedAt == null ? Optional.empty() : archivedAt;
    columns = new Row(columns).columns();
  }

  /**
   * Builds a revision from a reply row.
   *
   * @param row the row
   * @return the revision; never null
   */
  public static FileRevision of(Row row) {
    return new FileRevision(row.longValue("fsfileid").orElse(0),
        row.string("ripefilearchive").or(() -> row.string("ripe")).orElse(""),
        row.string("namefileorigin").or(() -> row.string("oname")).orElse(""),
        row.longValue("size").orElse(-1), row.string("mime").orElse(""),
        row.string("extension").or(() -> row.string("ext")).orElse(""), row.string("table").orElse(""),
        row.longValue("rsid").orElse(0), row.longValue("rank").orElse(0), row.longValue("version").orElse(0),
        row.dateIfValid("datefilearchive"), row.columns());
  }

  /**
   * All columns as a {@link Row}, for typed access to the ones without a component.
   *
   * @return the row view; never null
   */
  public Row row() {
    return new Row(columns);
  }
}
