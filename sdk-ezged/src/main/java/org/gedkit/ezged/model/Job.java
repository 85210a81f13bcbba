package org.gedkit.ezged.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A job of the EzGED job queue ({@code jobqueue/load}).
 *
 * @param id {@code JOBQUEUE_ID}
 * @param status the status read from {@code JOBQUEUE_STATUS}
 * @param statusCode the raw {@code JOBQUEUE_STATUS}
 * @param step {@code JOBQUEUE_STEP}, 0 when absent
 * @param type {@code JOBQUEUE_TYPE}, may be empty
 * @param updatedAt {@code JOBQUEUE_TSTAMP}, when present
 * @param columns every column of the row
 */
public record Job(long id, JobStatus status, String statusCode, long step, String type,
    Optional<OffsetDateTime> updatedAt, Map<String, Object> columns) {

  /**
   * Copies the columns.
   *
   * @param id the job id
   * @param status the status
   * @param statusCode the raw status
   * @param step the step
   * @param type the type
   * @param updatedAt the time stamp
   * @param columns every column
   */
  public Job {
    status = status == null ? JobStatus.UNKNOWN : status;
    statusCode = statusCode == null ? "" : statusCode;
    type = type == null ? "" : type;
    updatedAt = updatedAt == null ? Optional.empty() : updatedAt;
    columns = new Row(columns).columns();
  }

  /**
   * Builds a job from a reply row.
   *
   * @param row the row
   * @return the job; never null
   */
  public static Job of(Row row) {
    String code = row.string("JOBQUEUE_STATUS").orElse("");
    return new Job(row.longValue("JOBQUEUE_ID").orElse(0), JobStatus.fromWire(code), code,
        row.longValue("JOBQUEUE_STEP").orElse(0), row.string("JOBQUEUE_TYPE").orElse(""),
        row.dateIfValid("JOBQUEUE_TSTAMP"), row.columns());
  }

  /**
   * Whether the job will not change any more.
   *
   * @return true when done or failed
   */
  public boolean isFinished() {
    return status.isFinal();
  }

  /**
   * Whether the job failed.
   *
   * @return true for {@link JobStatus#ERROR}
   */
  public boolean failed() {
    return status == JobStatus.ERROR;
  }
}
