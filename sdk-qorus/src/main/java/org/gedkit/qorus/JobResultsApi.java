package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.JobResult;

/**
 * The jobresults group ({@code /api/v2/jobresults}): results of all jobs.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#jobResults()}.
 */
public final class JobResultsApi {

  private final QorusContext ctx;

  JobResultsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Searches job results, lazily.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/jobresults}.
   *
   * @param options the optional arguments; not null (use {@code JobResultSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<JobResult> search(JobResultSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("jobResults.search", "options must not be null");
    }
    return ctx.call("jobResults.search", "GET", "jobresults")
        .args(options.toArgs())
        .paged(options.pageSize(), JobResult.class);
  }

  /**
   * Returns job result counts by status.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/jobresults?action=overview}.
   *
   * @param date the {@code date} argument (optional, null to leave out)
   * @param sqlCache the {@code sqlcache} argument (optional, null to leave out)
   * @param combined the {@code combined} argument (optional, null to leave out)
   * @param jobs the {@code jobs} argument (optional, null to leave out)
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> overview(OffsetDateTime date, Boolean sqlCache, Boolean combined, List<String> jobs) {
    return ctx.call("jobResults.overview", "GET", "jobresults")
        .action("overview")
        .arg("date", date)
        .arg("sqlcache", sqlCache)
        .arg("combined", combined)
        .arg("jobs", jobs)
        .sendMap();
  }

  /**
   * Returns one job result with its errors and audit events.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/jobresults/{id}}.
   *
   * @param id the {@code {id}} path value
   * @return the JobResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JobResult get(long id) {
    return ctx.call("jobResults.get", "GET", "jobresults")
        .id("id", id)
        .send(JobResult.class);
  }
}
