package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.Job;
import org.gedkit.qorus.model.JobActionResult;
import org.gedkit.qorus.model.JobResult;
import org.gedkit.qorus.model.ObjectActionResult;

/**
 * The jobs group ({@code /api/v2/jobs}): job definitions, control (run, enable, schedule, expiry) and results.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#jobs()}.
 */
public final class JobsApi {

  private final QorusContext ctx;

  JobsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the jobs (with the "sla" key when an SLA is associated).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/jobs}.
   *
   * @param options the optional arguments; not null (use {@code JobListOptions.defaults()})
   * @return the Job elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Job> list(JobListOptions options) {
    if (options == null) {
      throw ctx.invalid("jobs.list", "options must not be null");
    }
    return ctx.call("jobs.list", "GET", "jobs")
        .args(options.toArgs())
        .sendList(Job.class);
  }

  /**
   * Disables jobs.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs?action=disable}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> disableMany(List<String> ids) {
    return ctx.call("jobs.disableMany", "PUT", "jobs")
        .action("disable")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Enables jobs.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs?action=enable}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> enableMany(List<String> ids) {
    return ctx.call("jobs.enableMany", "PUT", "jobs")
        .action("enable")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Returns the job names.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/jobs?action=list}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> names() {
    return ctx.call("jobs.names", "GET", "jobs")
        .action("list")
        .sendList(String.class);
  }

  /**
   * Resets jobs.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs?action=reset}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> resetMany(List<String> ids) {
    return ctx.call("jobs.resetMany", "PUT", "jobs")
        .action("reset")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Runs jobs now.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs?action=run}.
   *
   * @param ids the {@code ids} argument
   * @return the ObjectActionResult elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ObjectActionResult> runMany(List<String> ids) {
    return ctx.call("jobs.runMany", "PUT", "jobs")
        .action("run")
        .required("ids", ids)
        .sendList(ObjectActionResult.class);
  }

  /**
   * Returns one job (with "state" and "sla").
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/jobs/{id_or_name}}.
   *
   * @param job the {@code {id_or_name}} path value
   * @return the Job returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Job get(String job) {
    return ctx.call("jobs.get", "GET", "jobs")
        .id("job", job)
        .send(Job.class);
  }

  /**
   * Disables a job.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=disable}.
   *
   * @param job the {@code {id_or_name}} path value
   * @return the JobActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JobActionResult disable(String job) {
    return ctx.call("jobs.disable", "PUT", "jobs")
        .id("job", job)
        .action("disable")
        .send(JobActionResult.class);
  }

  /**
   * Enables a job.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=enable}.
   *
   * @param job the {@code {id_or_name}} path value
   * @return the JobActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JobActionResult enable(String job) {
    return ctx.call("jobs.enable", "PUT", "jobs")
        .id("job", job)
        .action("enable")
        .send(JobActionResult.class);
  }

  /**
   * Resets a job.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=reset}.
   *
   * @param job the {@code {id_or_name}} path value
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void reset(String job) {
    ctx.call("jobs.reset", "PUT", "jobs")
        .id("job", job)
        .action("reset")
        .sendDiscarding();
  }

  /**
   * Runs a job now; returns the job instance ID and status.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=run}.
   *
   * @param job the {@code {id_or_name}} path value
   * @return the JobActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JobActionResult run(String job) {
    return ctx.call("jobs.run", "PUT", "jobs")
        .id("job", job)
        .action("run")
        .send(JobActionResult.class);
  }

  /**
   * Sets the cron-like schedule or the duration of a job.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=schedule}.
   *
   * @param job the {@code {id_or_name}} path value
   * @param schedule the {@code schedule} argument (optional, null to leave out)
   * @param duration the {@code duration} argument (optional, null to leave out)
   * @return the JobActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JobActionResult schedule(String job, String schedule, Long duration) {
    return ctx.call("jobs.schedule", "PUT", "jobs")
        .id("job", job)
        .action("schedule")
        .arg("schedule", schedule)
        .arg("duration", duration)
        .send(JobActionResult.class);
  }

  /**
   * Activates or deactivates a job.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=setActive}.
   *
   * @param job the {@code {id_or_name}} path value
   * @param active the {@code active} argument
   * @return the JobActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JobActionResult setActive(String job, boolean active) {
    return ctx.call("jobs.setActive", "PUT", "jobs")
        .id("job", job)
        .action("setActive")
        .required("active", active)
        .send(JobActionResult.class);
  }

  /**
   * Sets the expiry date of a job (alias of setExpiry).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=setExpire}.
   *
   * @param job the {@code {id_or_name}} path value
   * @param date the {@code date} argument (optional, null to leave out)
   * @return the JobActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JobActionResult setExpire(String job, OffsetDateTime date) {
    return ctx.call("jobs.setExpire", "PUT", "jobs")
        .id("job", job)
        .action("setExpire")
        .arg("date", date)
        .send(JobActionResult.class);
  }

  /**
   * Sets (or with null removes) the expiry date of a job.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=setExpiry}.
   *
   * @param job the {@code {id_or_name}} path value
   * @param date the {@code date} argument (optional, null to leave out)
   * @return the JobActionResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JobActionResult setExpiry(String job, OffsetDateTime date) {
    return ctx.call("jobs.setExpiry", "PUT", "jobs")
        .id("job", job)
        .action("setExpiry")
        .arg("date", date)
        .send(JobActionResult.class);
  }

  /**
   * Sets options of a job.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=setOptions}.
   *
   * @param job the {@code {id_or_name}} path value
   * @param options the {@code options} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setOptions(String job, Map<String, Object> options) {
    ctx.call("jobs.setOptions", "PUT", "jobs")
        .id("job", job)
        .action("setOptions")
        .required("options", options)
        .sendDiscarding();
  }

  /**
   * Replaces (or with null clears) the state data of a job.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/jobs/{id_or_name}?action=setStateData}.
   *
   * @param job the {@code {id_or_name}} path value
   * @param data the {@code data} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setStateData(String job, Map<String, Object> data) {
    ctx.call("jobs.setStateData", "PUT", "jobs")
        .id("job", job)
        .action("setStateData")
        .arg("data", data)
        .sendDiscarding();
  }

  /**
   * Returns the results (job instances) of a job, lazily.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/jobs/{id_or_name}/results}.
   *
   * @param job the {@code {id_or_name}} path value
   * @param options the optional arguments; not null (use {@code JobResultOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<JobResult> results(String job, JobResultOptions options) {
    if (options == null) {
      throw ctx.invalid("jobs.results", "options must not be null");
    }
    return ctx.call("jobs.results", "GET", "jobs")
        .id("job", job)
        .then("results")
        .args(options.toArgs())
        .paged(options.pageSize(), JobResult.class);
  }

  /**
   * Returns the result counts of a job by status.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/jobs/{id_or_name}/results?action=overview}.
   *
   * @param job the {@code {id_or_name}} path value
   * @param date the {@code date} argument (optional, null to leave out)
   * @param sqlCache the {@code sqlcache} argument (optional, null to leave out)
   * @param combined the {@code combined} argument (optional, null to leave out)
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> resultsOverview(String job, OffsetDateTime date, Boolean sqlCache, Boolean combined) {
    return ctx.call("jobs.resultsOverview", "GET", "jobs")
        .id("job", job)
        .then("results")
        .action("overview")
        .arg("date", date)
        .arg("sqlcache", sqlCache)
        .arg("combined", combined)
        .sendMap();
  }
}
