package org.gedkit.netexplorer;

import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.LogEntry;

/** Logs and activity (seed "Entrée de journal", lines 335-349, 858-861; activity routes known only from the listing). Thread-safe. */
public final class LogsApi {

  private final Ctx ctx;

  LogsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One log entry ({@code GET /log/{logId}}; seed lines 858-860; high confidence).
   *
   * @param logId the log id
   * @return the LogEntry; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public LogEntry get(long logId) {
    ctx.id(logId, Routes.GET_LOG_LOGID, "logId");
    return ctx.json(ctx.req(Routes.GET_LOG_LOGID, logId).build(), LogEntry.class);
  }

  /**
   * The logs, page by page ({@code GET /logs}; seed lines 861; high confidence).
   *
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<LogEntry> list(int pageSize) {
    return ctx.paged(Routes.GET_LOGS, pageSize, ol -> ctx.req(Routes.GET_LOGS)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), LogEntry.class);
  }

  /**
   * The activity of a file, page by page (reply shape assumed: log entries) ({@code GET /activity/file/{fileId}}; no seed text, route from the listing; medium confidence).
   *
   * @param fileId the file id
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<LogEntry> fileActivity(long fileId, int pageSize) {
    ctx.id(fileId, Routes.GET_ACTIVITY_FILE_FILEID, "fileId");
    return ctx.paged(Routes.GET_ACTIVITY_FILE_FILEID, pageSize, ol -> ctx.req(Routes.GET_ACTIVITY_FILE_FILEID, fileId)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), LogEntry.class);
  }

  /**
   * The activity of a folder, page by page (reply shape assumed: log entries) ({@code GET /activity/folder/{folderId}}; no seed text, route from the listing; medium confidence).
   *
   * @param folderId the folder id
   * @param pageSize page size (at least 1)
   * @return a lazy listing (nothing is fetched before iteration); never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PagedIterable<LogEntry> folderActivity(long folderId, int pageSize) {
    ctx.id(folderId, Routes.GET_ACTIVITY_FOLDER_FOLDERID, "folderId");
    return ctx.paged(Routes.GET_ACTIVITY_FOLDER_FOLDERID, pageSize, ol -> ctx.req(Routes.GET_ACTIVITY_FOLDER_FOLDERID, folderId)
        .query(WireNames.OFFSET, ol[0]).query(WireNames.LIMIT, ol[1]).build(), LogEntry.class);
  }
}
