package org.gedkit.qorus;

import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.Release;

/**
 * The releases group ({@code /api/v2/releases}): releases loaded into the system.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#releases()}.
 */
public final class ReleasesApi {

  private final QorusContext ctx;

  ReleasesApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Searches releases, lazily.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/releases}.
   *
   * @param options the optional arguments; not null (use {@code ReleaseSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<Release> search(ReleaseSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("releases.search", "options must not be null");
    }
    return ctx.call("releases.search", "GET", "releases")
        .args(options.toArgs())
        .paged(options.pageSize(), Release.class);
  }

  /**
   * Returns one release with its files.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/releases/{release}}.
   *
   * @param release the {@code {release}} path value
   * @return the Release returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Release get(String release) {
    return ctx.call("releases.get", "GET", "releases")
        .id("release", release)
        .send(Release.class);
  }
}
