package org.gedkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.gedkit.benchmarks.server.BenchBackend;

/**
 * What a user would write by hand with OkHttp and Jackson for the same calls the benchmarks make through Gedkit: the
 * baseline of every ratio. It does only what the call needs (no retries, no redaction, no progress), except what a
 * careful hand-written client must do to be correct: check the status, close the body, log in again once on a 401.
 * Thread-safe.
 */
public final class RawClient {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String QORUS_TOKEN = BenchBackend.QORUS_TOKEN;
  private static final MediaType OCTET = MediaType.get("application/octet-stream");

  private final OkHttpClient http;
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  /** For the equal-work baseline: Jackson's own java.time support, offsets kept as sent. */
  private final ObjectMapper typedMapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
      .registerModule(new JavaTimeModule());
  private final String base;
  private volatile String token;
  private final java.util.concurrent.atomic.AtomicLong logins = new java.util.concurrent.atomic.AtomicLong();

  /**
   * A user, as a hand-written client would map it.
   *
   * @param id the id
   * @param login the login
   * @param email the email
   * @param roots root folder ids
   * @param creationDate the creation date, as text
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RawUser(@JsonProperty("id") String id, @JsonProperty("login") String login,
      @JsonProperty("email") String email, @JsonProperty("roots") List<Long> roots,
      @JsonProperty("creation_date") String creationDate) {}

  /**
   * A folder, as a hand-written client would map it.
   *
   * @param id the id
   * @param name the name
   * @param parentId the parent
   * @param creation the creation date, as text
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RawFolder(@JsonProperty("id") long id, @JsonProperty("name") String name,
      @JsonProperty("parent_id") long parentId, @JsonProperty("creation") String creation) {}

  /**
   * Qorus system information, as a hand-written client would map it.
   *
   * @param instanceKey the instance key
   * @param omqVersion the server version
   * @param hostname the host
   * @param pid the server process
   * @param startTime the start time, as text
   * @param health the health colour
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RawSystemInfo(@JsonProperty("instance-key") String instanceKey,
      @JsonProperty("omq-version") String omqVersion, @JsonProperty("hostname") String hostname,
      @JsonProperty("pid") long pid, @JsonProperty("starttime") String startTime,
      @JsonProperty("health") String health) {}

  /**
   * Qorus system information with every field the document lists, typed as the SDK's {@code SystemInfo} types
   * them, except the start time, kept as text (its shape is not ISO-8601): the equal-work baseline.
   *
   * @param instanceKey {@code instance-key}
   * @param omqVersion {@code omq-version}
   * @param omqVersionCode {@code omq-version-code}
   * @param qoreVersion {@code qore-version}
   * @param datamodelVersion {@code datamodel-version}
   * @param omqBuild {@code omq-build}
   * @param buildType {@code build-type}
   * @param omqSchema {@code omq-schema}
   * @param omqDriver {@code omq-driver}
   * @param omqDbVersion {@code omq-db-version}
   * @param omquserSchema {@code omquser-schema}
   * @param omquserDriver {@code omquser-driver}
   * @param omquserDbVersion {@code omquser-db-version}
   * @param apiVersion {@code api_version}
   * @param hostname {@code hostname}
   * @param pid {@code pid}
   * @param sessionId {@code session-id}
   * @param startTime {@code starttime}
   * @param threads {@code threads}
   * @param cacheSize {@code cache_size}
   * @param shuttingDown {@code shutting_down}
   * @param health {@code health}
   * @param omqDir {@code omq_dir}
   * @param logfile {@code logfile}
   * @param alertSummary {@code alert-summary}
   * @param modules {@code modules}
   * @param runtimeProperties {@code runtime-properties}
   * @param schemaProperties {@code schema-properties}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RawFullSystemInfo(
      @JsonProperty("instance-key") String instanceKey,
      @JsonProperty("omq-version") String omqVersion,
      @JsonProperty("omq-version-code") Long omqVersionCode,
      @JsonProperty("qore-version") String qoreVersion,
      @JsonProperty("datamodel-version") String datamodelVersion,
      @JsonProperty("omq-build") String omqBuild,
      @JsonProperty("build-type") String buildType,
      @JsonProperty("omq-schema") String omqSchema,
      @JsonProperty("omq-driver") String omqDriver,
      @JsonProperty("omq-db-version") String omqDbVersion,
      @JsonProperty("omquser-schema") String omquserSchema,
      @JsonProperty("omquser-driver") String omquserDriver,
      @JsonProperty("omquser-db-version") String omquserDbVersion,
      @JsonProperty("api_version") String apiVersion,
      @JsonProperty("hostname") String hostname,
      @JsonProperty("pid") Long pid,
      @JsonProperty("session-id") Long sessionId,
      @JsonProperty("starttime") String startTime,
      @JsonProperty("threads") Integer threads,
      @JsonProperty("cache_size") Long cacheSize,
      @JsonProperty("shutting_down") Boolean shuttingDown,
      @JsonProperty("health") String health,
      @JsonProperty("omq_dir") String omqDir,
      @JsonProperty("logfile") String logfile,
      @JsonProperty("alert-summary") Map<String, Object> alertSummary,
      @JsonProperty("modules") Map<String, Object> modules,
      @JsonProperty("runtime-properties") Map<String, Object> runtimeProperties,
      @JsonProperty("schema-properties") Map<String, Object> schemaProperties) {}

  /**
   * A NetExplorer file, as a hand-written client would map it.
   *
   * @param id the id
   * @param parentId the folder
   * @param name the name
   * @param creation the creation date, as text
   * @param size the size
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RawFile(@JsonProperty("id") long id, @JsonProperty("parent_id") long parentId,
      @JsonProperty("name") String name, @JsonProperty("creation") String creation, @JsonProperty("size") long size) {}

  /**
   * A NetExplorer file with every field the benchmark's server sends, typed as a careful hand-written client would
   * type them: what a user who wants the same data as {@code FileInfo} writes. Its dates are {@code OffsetDateTime}
   * (through jackson-datatype-jsr310) or {@code String} (kept as text).
   *
   * @param <D> the type of the dates
   * @param id the id
   * @param parentId the folder
   * @param name the name
   * @param creation the creation date
   * @param modification the modification date
   * @param canDownload may download
   * @param canWrite may write
   * @param canEdit may edit
   * @param canDelete may delete
   * @param canShare may share
   * @param owner the owner's name
   * @param ownerId the owner's id
   * @param hash the content hash
   * @param size the size
   * @param nbVersions the number of versions
   * @param fileType the file type
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RawFullFile<D>(@JsonProperty("id") long id, @JsonProperty("parent_id") long parentId,
      @JsonProperty("name") String name, @JsonProperty("creation") D creation,
      @JsonProperty("modification") D modification, @JsonProperty("can_download") boolean canDownload,
      @JsonProperty("can_write") boolean canWrite, @JsonProperty("can_edit") boolean canEdit,
      @JsonProperty("can_delete") boolean canDelete, @JsonProperty("can_share") boolean canShare,
      @JsonProperty("owner") String owner, @JsonProperty("owner_id") String ownerId, @JsonProperty("hash") String hash,
      @JsonProperty("size") long size, @JsonProperty("nb_versions") int nbVersions,
      @JsonProperty("file_type") String fileType) {}

  /**
   * The NetExplorer paging envelope, with {@link RawFullFile}s.
   *
   * @param <D> the type of the dates
   * @param offsetStart the first offset
   * @param total the total
   * @param objects the files
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RawFullFilePage<D>(@JsonProperty("offset_start") long offsetStart,
      @JsonProperty("nb_total_objects") long total, @JsonProperty("objects") List<RawFullFile<D>> objects) {}

  private static final TypeReference<RawFullFilePage<OffsetDateTime>> TYPED_DATES = new TypeReference<>() {};
  private static final TypeReference<RawFullFilePage<String>> TEXT_DATES = new TypeReference<>() {};

  /**
   * The NetExplorer paging envelope.
   *
   * @param offsetStart the first offset
   * @param total the total
   * @param objects the files
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RawFilePage(@JsonProperty("offset_start") long offsetStart,
      @JsonProperty("nb_total_objects") long total, @JsonProperty("objects") List<RawFile> objects) {}

  /**
   * The EzGED envelope of {@code query/getexec}.
   *
   * @param errorcode 0 on success
   * @param count the total
   * @param rows the rows, column name to value
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RawEnvelope(@JsonProperty("errorcode") int errorcode, @JsonProperty("count") long count,
      @JsonProperty("rows") List<Map<String, Object>> rows) {}

  /**
   * A raw client of the back end at {@code baseUrl}.
   *
   * @param baseUrl the root URL of the loopback back end
   */
  public RawClient(String baseUrl) {
    this.base = baseUrl;
    this.http = new OkHttpClient();
  }

  /**
   * Logins so far.
   *
   * @return the count
   */
  public long logins() {
    return logins.get();
  }

  /**
   * Logs in ({@code POST /api/auth}) and keeps the token.
   *
   * @throws IOException on failure
   */
  public void login() throws IOException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("user", BenchBackend.LOGIN);
    body.put("password", BenchBackend.PASSWORD);
    Request req = new Request.Builder().url(base + "/api/auth")
        .post(RequestBody.create(mapper.writeValueAsBytes(body), JSON)).build();
    try (Response r = http.newCall(req).execute()) {
      check(r);
      token = mapper.readTree(r.body().byteStream()).get("token").asText();
      logins.incrementAndGet();
    }
  }

  private synchronized void relogin(String stale) throws IOException {
    if (stale == null ? token == null : stale.equals(token)) {
      login();
    }
  }

  private static void check(Response r) throws IOException {
    if (!r.isSuccessful()) {
      throw new IOException("HTTP " + r.code() + " on " + r.request().url());
    }
  }

  /**
   * {@code GET /api/account}, logging in again once on a 401.
   *
   * @return the user
   * @throws IOException on failure
   */
  public RawUser account() throws IOException {
    for (int attempt = 0; ; attempt++) {
      String t = token;
      Request req = new Request.Builder().url(base + "/api/account").header("Authorization", "Bearer " + t).build();
      try (Response r = http.newCall(req).execute()) {
        if (r.code() == 401 && attempt == 0) {
          relogin(t);
          continue;
        }
        check(r);
        return mapper.readValue(r.body().byteStream(), RawUser.class);
      }
    }
  }

  /**
   * Qorus {@code GET /api/v2/system} with a fixed {@code Qorus-Token}.
   *
   * @return the system information
   * @throws IOException on failure
   */
  public RawSystemInfo qorusSystem() throws IOException {
    Request req = new Request.Builder().url(base + "/api/v2/system").header("Qorus-Token", QORUS_TOKEN).build();
    try (Response r = http.newCall(req).execute()) {
      check(r);
      return mapper.readValue(r.body().byteStream(), RawSystemInfo.class);
    }
  }

  /**
   * Qorus {@code GET /api/v2/system} read into {@link RawFullSystemInfo}: every field.
   *
   * @return the system information
   * @throws IOException on failure
   */
  public RawFullSystemInfo qorusSystemFull() throws IOException {
    Request req = new Request.Builder().url(base + "/api/v2/system").header("Qorus-Token", QORUS_TOKEN).build();
    try (Response r = http.newCall(req).execute()) {
      check(r);
      return mapper.readValue(r.body().byteStream(), RawFullSystemInfo.class);
    }
  }

  /**
   * {@code POST /api/folder}.
   *
   * @param parentId the parent
   * @param name the name
   * @return the folder
   * @throws IOException on failure
   */
  public RawFolder createFolder(long parentId, String name) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("parent_id", parentId);
    Request req = new Request.Builder().url(base + "/api/folder").header("Authorization", "Bearer " + token)
        .post(RequestBody.create(mapper.writeValueAsBytes(body), JSON)).build();
    try (Response r = http.newCall(req).execute()) {
      check(r);
      return mapper.readValue(r.body().byteStream(), RawFolder.class);
    }
  }

  /**
   * Pages through NetExplorer's file activity ({@code GET /api/file/activity} with {@code offset}/{@code limit}).
   *
   * @param pageSize objects a request
   * @param each receives every file
   * @return the files seen
   * @throws IOException on failure
   */
  public long neFileActivity(int pageSize, Consumer<RawFile> each) throws IOException {
    return neActivity(pageSize, in -> {
      RawFilePage p = mapper.readValue(in, RawFilePage.class);
      p.objects().forEach(each);
      return new long[] {p.objects().size(), p.total()};
    });
  }

  /**
   * Pages through NetExplorer's file activity as {@link #neFileActivity} does, but maps every field the benchmark's
   * server sends, typed ({@link RawFullFile}): the equal-work baseline.
   *
   * @param pageSize objects a request
   * @param each receives every file
   * @return the files seen
   * @throws IOException on failure
   */
  public long neFileActivityFull(int pageSize, Consumer<RawFullFile<OffsetDateTime>> each) throws IOException {
    return neActivity(pageSize, in -> {
      RawFullFilePage<OffsetDateTime> p = typedMapper.readValue(in, TYPED_DATES);
      p.objects().forEach(each);
      return new long[] {p.objects().size(), p.total()};
    });
  }

  /**
   * Pages through NetExplorer's file activity reading every field, dates kept as text ({@link RawFullFile}).
   *
   * @param pageSize objects a request
   * @param each receives every file
   * @return the files seen
   * @throws IOException on failure
   */
  public long neFileActivityFullText(int pageSize, Consumer<RawFullFile<String>> each) throws IOException {
    return neActivity(pageSize, in -> {
      RawFullFilePage<String> p = mapper.readValue(in, TEXT_DATES);
      p.objects().forEach(each);
      return new long[] {p.objects().size(), p.total()};
    });
  }

  /** Reads one page: gives {objects on the page, total}. */
  private interface PageReader {
    long[] read(InputStream in) throws IOException;
  }

  private long neActivity(int pageSize, PageReader reader) throws IOException {
    long offset = 0;
    while (true) {
      Request req = new Request.Builder().url(base + "/api/file/activity?offset=" + offset + "&limit=" + pageSize)
          .header("Authorization", "Bearer " + token).build();
      long[] seen;
      try (Response r = http.newCall(req).execute()) {
        check(r);
        seen = reader.read(r.body().byteStream());
      }
      offset += seen[0];
      if (seen[0] == 0 || offset >= seen[1]) {
        return offset;
      }
    }
  }

  /**
   * Pages through an EzGED view ({@code query/getexec} with {@code limitstart}/{@code limitgridlines}).
   *
   * @param pageSize rows a request
   * @param each receives every row
   * @return the rows seen
   * @throws IOException on failure
   */
  public long ezgedRows(int pageSize, Consumer<Map<String, Object>> each) throws IOException {
    long offset = 0;
    while (true) {
      Request req = new Request.Builder().url(base + "/ezged/data/service.php?service=query/getexec&qryid=2"
          + "&limitstart=" + offset + "&limitgridlines=" + pageSize + "&sessionid=" + BenchBackend.EZGED_SESSION_ID).build();
      RawEnvelope e;
      try (Response r = http.newCall(req).execute()) {
        check(r);
        e = mapper.readValue(r.body().byteStream(), RawEnvelope.class);
      }
      if (e.errorcode() != 0) {
        throw new IOException("EzGED error " + e.errorcode());
      }
      e.rows().forEach(each);
      offset += e.rows().size();
      if (e.rows().isEmpty() || offset >= e.count()) {
        return offset;
      }
    }
  }

  /**
   * Downloads {@code GET /api/file/{id}/download} to a file, optionally computing its MD5 as it goes.
   *
   * @param fileId the file
   * @param target the file to write
   * @param md5 whether to compute the MD5
   * @return the MD5 hex, or the byte count as text when not computed
   * @throws IOException on failure
   */
  public String download(long fileId, Path target, boolean md5) throws IOException {
    try (OutputStream out = Files.newOutputStream(target)) {
      return download(fileId, out, md5);
    }
  }

  /**
   * Downloads {@code GET /api/file/{id}/download} to a stream.
   *
   * @param fileId the file
   * @param out where the bytes go (not closed)
   * @param md5 whether to compute the MD5
   * @return the MD5 hex, or the byte count as text when not computed
   * @throws IOException on failure
   */
  public String download(long fileId, OutputStream out, boolean md5) throws IOException {
    Request req = new Request.Builder().url(base + "/api/file/" + fileId + "/download")
        .header("Authorization", "Bearer " + token).build();
    MessageDigest md = md5 ? md5() : null;
    try (Response r = http.newCall(req).execute()) {
      check(r);
      InputStream in = r.body().byteStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (md != null) {
          md.update(buf, 0, n);
        }
        total += n;
      }
      return md != null ? HexFormat.of().formatHex(md.digest()) : Long.toString(total);
    }
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Uploads a file in sequential chunks, the NetExplorer way ({@code POST /api/file/upload} multipart with
   * {@code chunk}, {@code chunks}, {@code chunksSize}, {@code fileSize}, {@code folderId}, {@code targetFile}).
   *
   * @param folderId the folder
   * @param file the file
   * @param chunkSize the chunk size
   * @return the last reply's text
   * @throws IOException on failure
   */
  public String uploadChunked(long folderId, Path file, long chunkSize) throws IOException {
    long size = Files.size(file);
    int chunks = (int) Math.max(1, (size + chunkSize - 1) / chunkSize);
    String last = null;
    for (int i = 0; i < chunks; i++) {
      long off = i * chunkSize;
      long len = Math.min(chunkSize, size - off);
      RequestBody part = fileSlice(file, off, len);
      MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
          .addFormDataPart("folderId", Long.toString(folderId))
          .addFormDataPart("chunks", Integer.toString(chunks))
          .addFormDataPart("chunksSize", Long.toString(chunkSize))
          .addFormDataPart("fileSize", Long.toString(size))
          .addFormDataPart("chunk", Integer.toString(i))
          .addFormDataPart("targetFile", file.getFileName().toString(), part).build();
      Request req = new Request.Builder().url(base + "/api/file/upload?full=1")
          .header("Authorization", "Bearer " + token).post(body).build();
      try (Response r = http.newCall(req).execute()) {
        check(r);
        last = r.body().string();
      }
    }
    return last;
  }

  private static RequestBody fileSlice(Path file, long off, long len) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return OCTET;
      }

      @Override
      public long contentLength() {
        return len;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
          ch.position(off);
          InputStream in = Channels.newInputStream(ch);
          byte[] buf = new byte[64 * 1024];
          long left = len;
          while (left > 0) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
              throw new IOException("file ended early");
            }
            sink.write(buf, 0, n);
            left -= n;
          }
        }
      }
    };
  }
}
