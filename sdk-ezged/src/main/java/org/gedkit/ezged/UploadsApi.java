package org.gedkit.ezged;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.transfer.ProgressTracker;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.EzGedContext;
import org.gedkit.ezged.internal.Wire;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.UploadResult;

/**
 * Uploads to the server's spool ({@code pupload.php}, document section "Uploader un fichier"). The file is streamed
 * in a multipart body with the {@code token}, optional {@code mode}/{@code waitdir}; the session id travels in the
 * query string like on every other call. Link the uploaded file to a record with {@link JobsApi#addPages}.
 * Thread-safe.
 */
public final class UploadsApi {

  private static final MediaType OCTETS = MediaType.get("application/octet-stream");

  private final EzGedContext ctx;

  UploadsApi(EzGedContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Uploads a local file to the default spool directory.
   *
   * @param file a readable file
   * @return where the server put it; never null
   * @throws InvalidArgumentException when the file is not readable
   * @throws GedkitException on failure
   */
  public UploadResult upload(Path file) {
    ctx.requireNonNull(Wire.UPLOAD, "file", file);
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw ctx.invalid(Wire.UPLOAD, "file must be a readable regular file: " + file);
    }
    return upload(UploadSource.ofPath(file), UploadOptions.defaults());
  }

  /**
   * Uploads a file ({@link UploadSource#ofPath}, {@link UploadSource#ofBytes} or {@link UploadSource#ofStream}),
   * streamed, with progress. A stream source cannot be replayed, so a session renewal or a retry is only possible
   * with a path or bytes.
   *
   * @param source the content and its file name
   * @param options mode, wait directory, listener
   * @return where the server put it; never null
   * @throws InvalidArgumentException when an argument is invalid (a file name holding a path is refused: the
   *     server builds its spool path from it)
   * @throws ServerException when the server answers {@code success: false}
   * @throws ProtocolException when the reply is not the {@code pupload.php} JSON object
   * @throws GedkitException on any other failure
   */
  public UploadResult upload(UploadSource source, UploadOptions options) {
    ctx.requireNonNull(Wire.UPLOAD, "source", source);
    UploadOptions o = ctx.requireNonNull(Wire.UPLOAD, "options", options);
    String name = source.fileName();
    if (name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> c == '/' || c == '\\' || c < 0x20)) {
      throw ctx.invalid(Wire.UPLOAD, "fileName must be a plain file name (no path), was \"" + name + "\"");
    }
    ProgressTracker tracker = new ProgressTracker(o.listener(), source.fileName(), source.length(), ctx.clock());
    MultipartBody.Builder mb = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("token", ctx.uploadToken());
    o.modeValue().ifPresent(m -> mb.addFormDataPart("mode", m));
    if (o.waitDir() != null) {
      mb.addFormDataPart("waitdir", o.waitDir());
    }
    RequestBody content = source.toRequestBody(OCTETS, tracker);
    mb.addFormDataPart("file", source.fileName(), new RequestBody() {
      @Override
      public MediaType contentType() {
        return content.contentType();
      }

      @Override
      public long contentLength() throws IOException {
        return content.contentLength();
      }

      @Override
      public boolean isOneShot() {
        return content.isOneShot();
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        tracker.resetTo(0); // a replay (session renewal, retry) starts the count again
        content.writeTo(sink);
      }
    });
    // the token travels in the multipart body, where the redactor cannot see it by name
    ApiRequest req = ApiRequest.post(Wire.UPLOAD).path(Wire.UPLOAD_PATH).body(mb.build(), source.isReplayable())
        .secretValue(ctx.uploadToken()).build();
    tracker.started();
    try {
      UploadResult result = ctx.transport().execute(req, r -> {
        JsonNode root = r.jsonTree();
        if (root.has("errorcode")) {
          Envelope.check(root, r.details());
        }
        if (!root.isObject() || !root.has("success")) {
          // not "the upload was refused": nothing says the server even saw it
          throw r.protocolError("pupload.php answered no success flag (not its JSON object)");
        }
        Row row = new Row(Wire.columns(root));
        boolean ok = root.path("success").asBoolean(false);
        String message = row.string("message").orElse("");
        if (!ok) {
          throw new ServerException("the upload was refused: " + message, r.details().withVendor("success=false",
              message), false, null);
        }
        return new UploadResult(row.string("filePath").orElse(""), message,
            root.path("chunkpart").asBoolean(false), row.columns());
      });
      tracker.completed();
      return result;
    } catch (GedkitException e) {
      tracker.failed(e);
      throw e;
    }
  }
}
