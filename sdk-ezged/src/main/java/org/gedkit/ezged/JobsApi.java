package org.gedkit.ezged;

import java.time.Duration;
import java.time.Instant;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.EzGedContext;
import org.gedkit.ezged.internal.Wire;
import org.gedkit.ezged.model.Job;
import org.gedkit.ezged.model.Row;

/**
 * Linking files to records and watching the job queue (document sections "Lier le fichier à la fiche" and
 * "Surveiller un travail"). Thread-safe.
 */
public final class JobsApi {

  private static final Duration FIRST_POLL = Duration.ofMillis(500);
  private static final Duration MAX_POLL = Duration.ofSeconds(5);

  private final EzGedContext ctx;

  JobsApi(EzGedContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Adds an uploaded file to a record as pages ({@code docpak/addpages}), appended, without OCR.
   *
   * @param table the table ({@code tfqn})
   * @param rsid the record id ({@code rsid})
   * @param serverFile the server path of the file ({@code file}), e.g. {@link org.gedkit.ezged.model.UploadResult#filePath()}
   * @return the id of the job that does it ({@code JOBQUEUE_ID})
   * @throws InvalidArgumentException when an argument is invalid
   * @throws GedkitException on failure
   */
  public long addPages(String table, long rsid, String serverFile) {
    return addPages(table, rsid, serverFile, AddPagesOptions.defaults());
  }

  /**
   * Adds an uploaded file to a record as pages ({@code docpak/addpages}). The call is a GET on the wire but it
   * writes, so it is never retried blindly.
   *
   * @param table the table ({@code tfqn})
   * @param rsid the record id ({@code rsid})
   * @param serverFile the server path of the file ({@code file})
   * @param options position and OCR
   * @return the job id ({@code JOBQUEUE_ID})
   * @throws InvalidArgumentException when an argument is invalid
   * @throws GedkitException on failure
   */
  public long addPages(String table, long rsid, String serverFile, AddPagesOptions options) {
    ctx.requireText(Wire.ADD_PAGES, "table", table);
    ctx.requirePositive(Wire.ADD_PAGES, "rsid", rsid);
    ctx.requireText(Wire.ADD_PAGES, "serverFile", serverFile);
    AddPagesOptions o = ctx.requireNonNull(Wire.ADD_PAGES, "options", options);
    ApiRequest req = Wire.serviceGet(Wire.ADD_PAGES).query("tfqn", table).query("rsid", rsid)
        .query("file", serverFile).query("start", o.start()).query("ocr", o.ocr() ? 1 : 0).idempotent(false).build();
    return ctx.transport().execute(req, r -> {
      for (var n : Envelope.read(r).rowList()) {
        Row row = new Row(Wire.columns(n));
        if (row.has("JOBQUEUE_ID")) {
          return row.longValue("JOBQUEUE_ID").orElse(0);
        }
      }
      throw r.protocolError("docpak/addpages answered no JOBQUEUE_ID");
    });
  }

  /**
   * The state of a job ({@code jobqueue/load}).
   *
   * @param jobId the job ({@code jobqueueid})
   * @return the job; never null
   * @throws NotFoundException when the reply has no row for the job
   * @throws GedkitException on failure
   */
  public Job load(long jobId) {
    ctx.requirePositive(Wire.JOB_LOAD, "jobId", jobId);
    ApiRequest req = Wire.serviceGet(Wire.JOB_LOAD).query("jobqueueid", jobId).build();
    return ctx.transport().execute(req, r -> {
      var rows = Envelope.read(r).rowList();
      if (rows.isEmpty()) {
        throw new NotFoundException("no job " + jobId, r.details());
      }
      return Job.of(new Row(Wire.columns(rows.get(0))));
    });
  }

  /**
   * Polls a job until it is finished ({@link Job#isFinished()}: done or failed) or the timeout passes. Polls back
   * off from 0.5 s to 5 s, waiting through the client's sleeper and measuring time with its clock.
   *
   * @param jobId the job
   * @param timeout how long to wait at most
   * @return the finished job (check {@link Job#failed()}); never null
   * @throws InvalidArgumentException when the timeout is negative
   * @throws TransportException when the job is not finished in time (retryable) or the wait is interrupted
   * @throws GedkitException on any other failure
   */
  public Job waitFor(long jobId, Duration timeout) {
    ctx.requirePositive(Wire.JOB_LOAD, "jobId", jobId);
    if (timeout == null || timeout.isNegative()) {
      throw ctx.invalid(Wire.JOB_LOAD, "timeout must be zero or positive, was " + timeout);
    }
    Instant deadline = ctx.clock().instant().plus(timeout);
    Duration pause = FIRST_POLL;
    while (true) {
      Job job = load(jobId);
      if (job.isFinished()) {
        return job;
      }
      Instant now = ctx.clock().instant();
      if (!now.isBefore(deadline)) {
        throw new TransportException("job " + jobId + " is still " + job.status() + " after " + timeout,
            ErrorDetails.of("ezged", Wire.JOB_LOAD), true, null);
      }
      Duration left = Duration.between(now, deadline);
      Duration wait = pause.compareTo(left) > 0 ? left : pause;
      try {
        ctx.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException("interrupted while waiting for job " + jobId,
            ErrorDetails.of("ezged", Wire.JOB_LOAD), false, e);
      }
      pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
    }
  }
}
