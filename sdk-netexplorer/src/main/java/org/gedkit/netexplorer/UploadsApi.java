package org.gedkit.netexplorer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.transfer.ChunkReply;
import org.gedkit.core.transfer.ChunkedUploadState;
import org.gedkit.core.transfer.ChunkedUploads;
import org.gedkit.core.transfer.ProgressTracker;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.WireNames;
import org.gedkit.netexplorer.model.FileInfo;

/**
 * Uploads (seed lines 603-615, 623): simple multipart, chunked with the {@code [{"missing": N}]} report, resumable
 * from a saved {@link ChunkedUploadState}, and raw content replacement. Bodies are streamed (memory stays flat).
 * Thread-safe; one chunked upload runs its chunks one after the other (the server does not take parallel chunks).
 */
public final class UploadsApi {

  private static final MediaType OCTET = MediaType.get("application/octet-stream");
  /** The state attribute holding the destination folder id. */
  public static final String FOLDER_ATTRIBUTE = "folderId";

  private final Ctx ctx;

  UploadsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * Uploads a file in one multipart request ({@code POST /file/upload?full=1}, fields {@code folderId},
   * {@code targetFile}); a file of the same name becomes a new version.
   *
   * @param folderId the destination folder (not 0)
   * @param source the content and its name
   * @param options the listener (other options are ignored)
   * @return the file; never null
   */
  public FileInfo upload(long folderId, UploadSource source, TransferOptions options) {
    ctx.id(folderId, Routes.POST_FILE_UPLOAD, "folderId");
    ctx.nonNull(source, Routes.POST_FILE_UPLOAD, "source");
    ctx.nonNull(options, Routes.POST_FILE_UPLOAD, "options");
    ProgressTracker tracker = new ProgressTracker(options.listener(), source.fileName(), source.length(), ctx.clock());
    tracker.started();
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart(WireNames.FOLDER_ID, Long.toString(folderId))
        .addFormDataPart(WireNames.TARGET_FILE, source.fileName(), source.toRequestBody(OCTET, tracker))
        .build();
    try {
      FileInfo f = ctx.json(ctx.req(Routes.POST_FILE_UPLOAD).query(WireNames.FULL, 1)
          .body(body, source.isReplayable()).build(), FileInfo.class);
      tracker.completed();
      return f;
    } catch (org.gedkit.core.error.GedkitException e) {
      tracker.failed(e);
      throw e;
    }
  }

  /**
   * Starts the state of a chunked upload (persist it with {@link ChunkedUploadState#toJson()} to resume later).
   *
   * @param folderId the destination folder
   * @param source the content
   * @param chunkSize the chunk size
   * @return the fresh state; never null
   */
  public ChunkedUploadState newState(long folderId, UploadSource source, long chunkSize) {
    ctx.id(folderId, Routes.POST_FILE_UPLOAD, "folderId");
    ctx.nonNull(source, Routes.POST_FILE_UPLOAD, "source");
    ctx.check(chunkSize >= 1, Routes.POST_FILE_UPLOAD, "chunkSize must be at least 1, was " + chunkSize);
    return ChunkedUploadState.start(UUID.randomUUID().toString(), source.fileName(), source.length(), chunkSize,
        Map.of(FOLDER_ATTRIBUTE, Long.toString(folderId)));
  }

  /**
   * Uploads a file in chunks ({@code POST /file/upload} multipart with {@code chunk}, {@code chunks},
   * {@code chunksSize}, {@code fileSize}, {@code folderId}, {@code targetFile}). Intermediate chunks answer
   * {@code OK}; the last answers the File, or a {@code [{"missing": N}]} report, in which case only the missing
   * chunks are sent again. The state after each chunk goes to {@link TransferOptions#checkpoint()}. A chunk
   * before the last is sent again after a dropped connection, a timeout or a 429/503 (it only stores its part);
   * the last one, which completes the file, only when the server's report says it still lacks it.
   *
   * @param folderId the destination folder
   * @param source the content (replayable: a path or bytes)
   * @param options chunk size, checkpoint, listener
   * @return the file; never null
   * @throws org.gedkit.core.error.GedkitException when a chunk fails; resume from the last checkpoint with
   *     {@link #resume}
   */
  public FileInfo uploadChunked(long folderId, UploadSource source, TransferOptions options) {
    ctx.nonNull(options, Routes.POST_FILE_UPLOAD, "options");
    return resume(newState(folderId, source, options.chunkSize()), source, options);
  }

  /**
   * Resumes a chunked upload from a saved state. When the state already has confirmed chunks, the server's report
   * is asked first: every chunk before the one it reports missing counts as received (so a chunk the server got
   * just before the connection dropped is not sent again); then only the chunks still pending are sent (and any
   * the server then reports missing).
   *
   * @param state the saved state (from a checkpoint)
   * @param source the same content as before
   * @param options checkpoint, listener (the chunk size comes from the state)
   * @return the file; never null
   * @throws org.gedkit.core.error.InvalidArgumentException before anything is sent, when the state is complete (the
   *     upload finished in an earlier run and the server no longer knows it: the file is in the state's folder)
   */
  public FileInfo resume(ChunkedUploadState state, UploadSource source, TransferOptions options) {
    ctx.nonNull(state, Routes.POST_FILE_UPLOAD, "state");
    ctx.nonNull(source, Routes.POST_FILE_UPLOAD, "source");
    ctx.nonNull(options, Routes.POST_FILE_UPLOAD, "options");
    ctx.check(source.isReplayable(), Routes.POST_FILE_UPLOAD, "source must be replayable (a path or bytes) for chunks");
    ctx.check(state.attributes().containsKey(FOLDER_ATTRIBUTE), Routes.POST_FILE_UPLOAD,
        "state must come from newState (no folderId attribute)");
    // every chunk confirmed: the last one completed the file, and the server has forgotten the upload (a report
    // would ask for chunk 0 again); sending anything would start a second copy
    ctx.check(!state.isComplete(), Routes.POST_FILE_UPLOAD, "the upload of \"" + state.fileName()
        + "\" finished in an earlier run (every chunk is confirmed); the file is in folder "
        + state.attributes().get(FOLDER_ATTRIBUTE) + ": look it up there instead of resuming");
    ChunkedUploadState current = state;
    if (!state.confirmed().isEmpty()) {
      ApiRequest req = ctx.req(Routes.POST_FILE_UPLOAD).query(WireNames.FULL, 1).body(reportBody(state), true).build();
      ChunkReply<FileInfo> report = ctx.transport().execute(req, UploadsApi::parseChunkReply);
      if (report.result() != null) {
        return report.result();
      }
      int firstMissing = report.missingChunks().stream().findFirst().orElse(0);
      for (int i = 0; i < firstMissing && i < state.chunkCount(); i++) {
        current = current.withConfirmed(i);
      }
      if (current != state) {
        options.checkpoint().accept(current);
      }
    }
    return ChunkedUploads.upload("netexplorer", source, current, this::sendChunk, options.checkpoint(),
        options.listener(), ctx.clock());
  }

  /**
   * Asks the server which chunk it needs next (the {@code report} property, seed 612-614).
   *
   * @param state the upload state
   * @return the index of the next missing chunk, or empty when the server reports none (or sends the file)
   */
  public Optional<Integer> report(ChunkedUploadState state) {
    ctx.nonNull(state, Routes.POST_FILE_UPLOAD, "state");
    ApiRequest req = ctx.req(Routes.POST_FILE_UPLOAD).body(reportBody(state), true).build();
    return ctx.transport().execute(req, r -> {
      ChunkReply<FileInfo> reply = parseChunkReply(r);
      return reply.missingChunks().stream().findFirst();
    });
  }

  /**
   * Replaces the content of a file with a raw octet-stream body ({@code PUT /file/{fileId}/upload}, seed 623).
   *
   * @param fileId the file (from {@link FilesApi#create} or an existing file)
   * @param source the content
   * @return the file when the server returns one; empty when it answers {@code OK}
   */
  public Optional<FileInfo> replaceContent(long fileId, UploadSource source) {
    ctx.id(fileId, Routes.PUT_FILE_FILEID_UPLOAD, "fileId");
    ctx.nonNull(source, Routes.PUT_FILE_FILEID_UPLOAD, "source");
    ApiRequest req = ctx.req(Routes.PUT_FILE_FILEID_UPLOAD, fileId)
        .body(source.toRequestBody(OCTET, null), source.isReplayable()).build();
    return ctx.transport().execute(req, r -> {
      String text = Ctx.text(r, 1 << 20).trim();
      if (text.startsWith("{")) {
        try {
          return Optional.of(r.convert(org.gedkit.netexplorer.internal.NetExplorerJson.mapper().readTree(text),
              FileInfo.class));
        } catch (java.io.IOException e) {
          throw r.protocolError("unreadable JSON reply");
        }
      }
      return Optional.<FileInfo>empty();
    });
  }

  /**
   * Sends one chunk. A chunk before the last only stores part {@code index} of the upload (the server answers
   * {@code OK}; sending it twice stores the same bytes again, and the report the last chunk triggers names any part
   * the server lacks), so it is marked idempotent: the transport sends it again after a dropped connection, a
   * timeout or a 429/503. The last chunk completes the file, so it is never replayed blindly: when its connection
   * drops, the server's report says whether it still misses that chunk (then it is sent again) or no longer knows
   * the upload (it may have completed the file: the failure is reported, outcome unknown).
   */
  private ChunkReply<FileInfo> sendChunk(ChunkedUploadState state, int index, UploadSource chunk,
      ProgressTracker tracker) {
    boolean last = index == state.chunkCount() - 1;
    long before = tracker.transferred();
    ChunkReply<FileInfo> reply;
    try {
      reply = ctx.transport().execute(chunkRequest(state, index, chunk, tracker, !last), UploadsApi::parseChunkReply);
    } catch (TransportException e) {
      if (!last || state.chunkCount() < 2) {
        throw e;
      }
      ChunkReply<FileInfo> report;
      try {
        report = ctx.transport().execute(ctx.req(Routes.POST_FILE_UPLOAD).query(WireNames.FULL, 1)
            .body(reportBody(state), true).build(), UploadsApi::parseChunkReply);
      } catch (GedkitException re) {
        e.addSuppressed(re);
        throw e;
      }
      if (report.result() != null) {
        return report;
      }
      if (!report.missingChunks().equals(Set.of(index))) {
        throw e;
      }
      tracker.resetTo(before);
      reply = ctx.transport().execute(chunkRequest(state, index, chunk, tracker, false), UploadsApi::parseChunkReply);
    }
    if (reply.result() == null && reply.missingChunks().isEmpty()) {
      Set<Integer> pending = new java.util.TreeSet<>(state.pending());
      pending.remove(index);
      if (pending.isEmpty()) {
        // every chunk is sent but the server did not complete the file: ask for the report
        ApiRequest rep = ctx.req(Routes.POST_FILE_UPLOAD).query(WireNames.FULL, 1).body(reportBody(state), true).build();
        return ctx.transport().execute(rep, UploadsApi::parseChunkReply);
      }
    }
    return reply;
  }

  private ApiRequest chunkRequest(ChunkedUploadState state, int index, UploadSource chunk, ProgressTracker tracker,
      boolean idempotent) {
    MultipartBody.Builder mb = common(state)
        .addFormDataPart(WireNames.CHUNK, Integer.toString(index))
        .addFormDataPart(WireNames.TARGET_FILE, state.fileName(), chunk.toRequestBody(OCTET, tracker));
    return ctx.req(Routes.POST_FILE_UPLOAD).query(WireNames.FULL, 1).body(mb.build(), true).idempotent(idempotent)
        .build();
  }

  private MultipartBody.Builder common(ChunkedUploadState state) {
    return new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart(WireNames.FOLDER_ID, state.attributes().get(FOLDER_ATTRIBUTE))
        .addFormDataPart(WireNames.CHUNKS, Integer.toString(state.chunkCount()))
        .addFormDataPart(WireNames.CHUNKS_SIZE, Long.toString(state.chunkSize()))
        .addFormDataPart(WireNames.FILE_SIZE, Long.toString(state.fileSize()));
  }

  private RequestBody reportBody(ChunkedUploadState state) {
    return common(state).addFormDataPart(WireNames.REPORT, "1")
        .addFormDataPart(WireNames.TARGET_FILE, state.fileName(), RequestBody.create(new byte[0], OCTET))
        .build();
  }

  static ChunkReply<FileInfo> parseChunkReply(ApiResponse r) throws java.io.IOException {
    String text = Ctx.text(r, 1 << 20).trim();
    if (text.equals("OK") || text.equals("\"OK\"") || text.isEmpty() && r.status() == 204) {
      return ChunkReply.accepted();
    }
    if (text.isEmpty()) {
      throw r.protocolError("empty reply to a chunk (expected OK, a missing report or a File object)");
    }
    JsonNode n;
    try {
      n = org.gedkit.netexplorer.internal.NetExplorerJson.mapper().readTree(text);
    } catch (java.io.IOException e) {
      throw r.protocolError("a chunk reply must be OK, a missing report or a File object");
    }
    if (n.isArray()) {
      // only [{"missing": N}, ...] (or []): anything else is not a report, and taking it for "OK" would hide a
      // reply that never came from the upload handler
      java.util.TreeSet<Integer> missing = new java.util.TreeSet<>();
      for (JsonNode e : n) {
        JsonNode m = e.isObject() ? e.get("missing") : null;
        Integer index = m == null ? null : m.canConvertToInt() ? Integer.valueOf(m.asInt())
            : m.isTextual() && m.asText().trim().matches("\\d{1,9}") ? Integer.valueOf(m.asText().trim()) : null;
        if (index == null) {
          throw r.protocolError("a chunk report must be [{\"missing\": N}], got an array of something else");
        }
        missing.add(index);
      }
      return missing.isEmpty() ? ChunkReply.accepted() : ChunkReply.missing(missing);
    }
    if (n.isObject()) {
      return ChunkReply.completed(r.convert(n, FileInfo.class));
    }
    throw r.protocolError("a chunk reply must be OK, a missing report or a File object");
  }

  /**
   * Cancels a chunked upload in progress ({@code DELETE /file/cancel}; medium confidence, no seed text: the upload
   * is named by its {@code folderId} and {@code targetFile} name as query parameters, a guess listed under Decisions).
   *
   * @param state the upload state
   */
  public void cancel(ChunkedUploadState state) {
    ctx.nonNull(state, Routes.DELETE_FILE_CANCEL, "state");
    ctx.check(state.attributes().containsKey(FOLDER_ATTRIBUTE), Routes.DELETE_FILE_CANCEL,
        "state must come from newState (no folderId attribute)");
    ctx.ok(ctx.req(Routes.DELETE_FILE_CANCEL).query(WireNames.CANCEL_FOLDER, state.attributes().get(FOLDER_ATTRIBUTE))
        .query(WireNames.CANCEL_FILE, state.fileName()).build());
  }

  /**
   * Uploads with the tus 1.0 resumable protocol ({@code POST /file/tus}; medium confidence, no seed text). Creates
   * the upload ({@code Tus-Resumable: 1.0.0}, {@code Upload-Length}, {@code Upload-Metadata} with {@code filename}
   * and {@code folderId}), then sends chunks with {@code PATCH <Location>} and {@code Upload-Offset}; after a cut it
   * asks {@code HEAD <Location>} for the offset and goes on from there.
   *
   * @param folderId the destination folder
   * @param source the content (replayable)
   * @param options chunk size and listener
   * @return the upload URL the server gave (its Location); never null
   */
  public String tusUpload(long folderId, UploadSource source, TransferOptions options) {
    ctx.id(folderId, Routes.POST_FILE_TUS, "folderId");
    ctx.nonNull(source, Routes.POST_FILE_TUS, "source");
    ctx.nonNull(options, Routes.POST_FILE_TUS, "options");
    ctx.check(source.isReplayable(), Routes.POST_FILE_TUS, "source must be replayable (a path or bytes)");
    java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
    String metadata = WireNames.TUS_FILENAME + " " + b64.encodeToString(source.fileName().getBytes(
        java.nio.charset.StandardCharsets.UTF_8)) + "," + WireNames.TUS_FOLDER + " "
        + b64.encodeToString(Long.toString(folderId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ApiRequest create = ctx.req(Routes.POST_FILE_TUS).header("Tus-Resumable", "1.0.0")
        .header("Upload-Length", Long.toString(source.length())).header("Upload-Metadata", metadata).build();
    String location = ctx.transport().execute(create, r -> r.header("Location")
        .orElseThrow(() -> r.protocolError("the tus creation reply has no Location")));
    String path = relativePath(location);
    ProgressTracker tracker = new ProgressTracker(options.listener(), source.fileName(), source.length(), ctx.clock());
    tracker.started();
    long offset = 0;
    int failures = 0;
    while (offset < source.length()) {
      long len = Math.min(options.chunkSize(), source.length() - offset);
      UploadSource chunk;
      try {
        chunk = source.slice(offset, len);
      } catch (java.io.IOException e) {
        throw new org.gedkit.core.error.TransportException("cannot read the source: " + e.getMessage(),
            ctx.transport().details(Routes.POST_FILE_TUS.operation()), false, e);
      }
      ApiRequest patch = ApiRequest.builder(Routes.POST_FILE_TUS.operation(), "PATCH").path(path)
          .header("Tus-Resumable", "1.0.0").header("Upload-Offset", Long.toString(offset))
          .body(chunk.toRequestBody(MediaType.get("application/offset+octet-stream"), null), true).build();
      try {
        long before = offset;
        offset = ctx.transport().execute(patch, r -> uploadOffset(r, "PATCH"));
        tracker.add(offset - before);
      } catch (org.gedkit.core.error.TransportException e) {
        if (++failures > options.maxResumes()) {
          tracker.failed(e);
          throw e;
        }
        ApiRequest head = ApiRequest.builder(Routes.POST_FILE_TUS.operation(), "HEAD").path(path)
            .header("Tus-Resumable", "1.0.0").build();
        offset = ctx.transport().execute(head, r -> uploadOffset(r, "HEAD"));
        tracker.resetTo(offset);
      }
    }
    tracker.completed();
    return location;
  }

  private String relativePath(String location) {
    okhttp3.HttpUrl base = ctx.transport().baseUrl();
    okhttp3.HttpUrl abs = base.resolve(location);
    ctx.check(abs != null && abs.host().equals(base.host()) && abs.port() == base.port(), Routes.POST_FILE_TUS,
        "the tus Location points to another server: " + location);
    String p = abs.encodedPath();
    String prefix = base.encodedPath();
    if (!prefix.endsWith("/")) {
      prefix = prefix + "/";
    }
    return p.startsWith(prefix) ? p.substring(prefix.length()) : p.substring(1);
  }

  /** The tus {@code Upload-Offset} of a reply: a non-negative number, else a typed protocol error. */
  private static long uploadOffset(org.gedkit.core.http.ApiResponse r, String method) {
    String v = r.header("Upload-Offset")
        .orElseThrow(() -> r.protocolError("the tus " + method + " reply has no Upload-Offset")).trim();
    if (!v.matches("\\d{1,18}")) {
      throw r.protocolError("the tus " + method + " reply's Upload-Offset is not a byte count: \""
          + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "\"");
    }
    return Long.parseLong(v);
  }
}
