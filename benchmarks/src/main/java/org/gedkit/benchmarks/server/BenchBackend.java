package org.gedkit.benchmarks.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * The loopback back end every benchmark and memory test talks to: the few NetExplorer routes ({@code /api/...}), the
 * EzGED query route ({@code /ezged/data/service.php}) and the Qorus system info ({@code GET /api/v2/system}) they need, answered from canned bytes, with rows and file
 * content generated on the fly and uploads hashed as they stream in (nothing is kept). Thread-safe.
 *
 * <p>Sessions: NetExplorer calls must carry {@code Authorization: Bearer <a token issued by POST /api/auth>};
 * {@link #expireSession()} makes every token stale, so the next calls get a 401 and the client must log in again. {@link #logins()}
 * counts the logins.
 */
public final class BenchBackend implements LoopbackServer.Handler, AutoCloseable {

  /** The canned {@code GET /api/account} reply (a user as the NetExplorer document shows it). */
  public static final byte[] USER = ("{\"id\":\"u-42\",\"lastname\":\"Martin\",\"firstname\":\"Alice\",\"login\":\"alice\","
      + "\"email\":\"alice@example.com\",\"roots\":[1001,1002],\"organization\":\"Acme\",\"phone\":\"+33100000000\","
      + "\"active\":true,\"language\":\"fr\",\"current_language\":\"fr\",\"quota\":10737418240,"
      + "\"creation_date\":\"2020-01-15T10:00:00+01:00\",\"last_login\":\"2026-11-24T08:30:00+01:00\","
      + "\"can_admin\":false,\"can_admin_users\":false,\"groups\":[{\"id\":7,\"name\":\"Compta\"}],\"role\":1}")
      .getBytes(StandardCharsets.UTF_8);
  /** The canned {@code POST /api/folder} reply. */
  public static final byte[] FOLDER = ("{\"id\":2001,\"name\":\"Factures 2026\",\"parent_id\":1001,\"can_read\":true,"
      + "\"can_download\":true,\"can_write\":true,\"can_edit\":true,\"can_delete\":true,\"can_share\":true,"
      + "\"creation\":\"2026-11-25T04:00:00+01:00\",\"modification\":\"2026-11-25T04:00:00+01:00\",\"owner\":\"alice\","
      + "\"owner_id\":\"u-42\",\"size\":0,\"nb_files\":0,\"nb_folders\":0}").getBytes(StandardCharsets.UTF_8);
  /**
   * The token a Qorus client sends as {@code Qorus-Token} to this in-process server (a fixed token, so no login in
   * the timed calls). Made up afresh for each run: it is no credential of any real server.
   */
  public static final String QORUS_TOKEN = "bench-" + java.util.UUID.randomUUID();
  /** The user both clients log in as. This server takes any login: a made-up name, not an account anywhere. */
  public static final String LOGIN = "alice";
  /**
   * The password both clients log in with. This server takes any password; this one is made up afresh for each run,
   * so no credential of any real server is ever written in the benchmarks.
   */
  public static final String PASSWORD = "bench-" + java.util.UUID.randomUUID();
  /** The EzGED session id this server issues at login (digits, as EzGED's are); made up afresh for each run. */
  public static final String EZGED_SESSION_ID =
      Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
  /** The canned {@code GET /api/v2/system} reply (the keys the Qorus REST v2 document lists, typical values). */
  public static final byte[] QORUS_SYSTEM = ("{\"instance-key\":\"quark-1\",\"session-id\":4217,"
      + "\"omq-version\":\"6.0.12\",\"omq-version-code\":60012,\"qore-version\":\"2.0.1\","
      + "\"datamodel-version\":\"6.0.0\",\"omq-build\":\"a1b2c3d\",\"build-type\":\"Production\","
      + "\"omq-schema\":\"omq@omq\",\"omq-driver\":\"pgsql\",\"omq-db-version\":\"15.4\","
      + "\"omquser-schema\":\"omquser@omq\",\"omquser-driver\":\"pgsql\",\"omquser-db-version\":\"15.4\","
      + "\"api_version\":\"v2\",\"hostname\":\"qorus-prod-1\",\"pid\":31337,"
      + "\"starttime\":\"2026-11-20 06:00:01.123456 +01:00\",\"threads\":214,\"cache_size\":12,"
      + "\"shutting_down\":false,\"health\":\"GREEN\",\"omq_dir\":\"/opt/qorus\","
      + "\"logfile\":\"/var/log/qorus/qorus.log\",\"alert-summary\":{\"transient\":0,\"ongoing\":2},"
      + "\"modules\":{\"json\":{\"version\":\"1.8\"}},\"runtime-properties\":{\"max-threads\":1000},"
      + "\"schema-properties\":{\"omq-schema-version\":\"6.0.0\"},\"debug\":false,"
      + "\"system_log_url\":\"/log/main\",\"audit_log_url\":\"/log/audit\"}").getBytes(StandardCharsets.UTF_8);
  private static final byte[] UNAUTHORIZED = "{\"error\":\"Token invalide ou expiré\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] EZ_LOGIN = ("{\"errorcode\":0,\"errormsg\":\"You're authenticated !\",\"rows\":"
      + "{\"SECUSRPAR_LANG\":\"fr_FR\",\"sessionid\":\"" + EZGED_SESSION_ID + "\",\"IHMVERSION\":0}}")
      .getBytes(StandardCharsets.UTF_8);
  private static final byte[] EZ_LOGOUT = "{\"errorcode\":0,\"errormsg\":\"Success logout\"}"
      .getBytes(StandardCharsets.UTF_8);
  private static final String JSON = "application/json; charset=utf-8";

  private final LoopbackServer server;
  private final AtomicLong logins = new AtomicLong();
  private final AtomicLong tokenSerial = new AtomicLong();
  private final java.util.Set<String> tokens = ConcurrentHashMap.newKeySet();
  private volatile long downloadSize = 1024;
  private volatile long ezgedRows = 1000;
  private volatile long neObjects = 1000;
  /** Listing pages rendered once and served as canned bytes, up to {@link #pageCacheBudget} bytes in all. */
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private final AtomicLong pageCacheBytes = new AtomicLong();
  private volatile long pageCacheBudget = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);
  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
  private volatile UploadResult lastUpload;

  /**
   * What the server received of a completed upload.
   *
   * @param size the bytes received
   * @param crc32c their CRC32C
   * @param chunks the chunk requests
   */
  public record UploadResult(long size, long crc32c, int chunks) {}

  private static final class Upload {
    final CRC32C crc = new CRC32C();
    long received;
    int nextChunk;
  }

  /** Starts the back end on a random loopback port. */
  public BenchBackend() {
    this.server = new LoopbackServer(this);
  }

  /**
   * The root URL (NetExplorer clients use it with their default {@code /api} base path; EzGED clients add
   * {@code /ezged}).
   *
   * @return the URL; never null
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The server, for its request count and own cost.
   *
   * @return the server; never null
   */
  public LoopbackServer server() {
    return server;
  }

  /**
   * Sets the size of every {@code GET /api/file/{id}/download}.
   *
   * @param bytes the size
   * @return this
   */
  public BenchBackend downloadSize(long bytes) {
    this.downloadSize = bytes;
    return this;
  }

  /**
   * Sets the number of rows of the EzGED view.
   *
   * @param rows the total
   * @return this
   */
  public BenchBackend ezgedRows(long rows) {
    this.ezgedRows = rows;
    return this;
  }

  /**
   * Sets the number of NetExplorer file objects that {@code GET /api/file/activity} pages through.
   *
   * @param objects the total
   * @return this
   */
  public BenchBackend neObjects(long objects) {
    this.neObjects = objects;
    return this;
  }

  /**
   * Sets how many bytes of listing pages (EzGED {@code getexec}, NetExplorer file activity) the server keeps once
   * rendered, to serve them again as canned bytes: a benchmark pages the same listing many times, and rendering a
   * page costs the server more than sending it. By default an eighth of the heap, at most 256 MiB; 0 renders every
   * page afresh (the memory tests, which keep the heap for the client).
   *
   * @param bytes the budget
   * @return this
   */
  public BenchBackend pageCache(long bytes) {
    this.pageCacheBudget = bytes;
    return this;
  }

  /**
   * The bytes of listing pages kept so far.
   *
   * @return the total size of the cached pages
   */
  public long pageCacheBytes() {
    return pageCacheBytes.get();
  }

  /** A listing page: the cached one, or rendered now (and kept while the budget allows). */
  private byte[] page(String key, java.util.function.Supplier<byte[]> render) {
    byte[] cached = pages.get(key);
    if (cached != null) {
      return cached;
    }
    byte[] page = render.get();
    if (pageCacheBytes.get() + page.length <= pageCacheBudget && pages.putIfAbsent(key, page) == null) {
      pageCacheBytes.addAndGet(page.length);
    }
    return page;
  }

  /**
   * Logins so far ({@code POST /api/auth}).
   *
   * @return the count
   */
  public long logins() {
    return logins.get();
  }

  /** Makes every token issued so far stale: the next call of each client gets a 401. */
  public void expireSession() {
    tokens.clear();
  }

  /**
   * The last upload completed.
   *
   * @return the result, or null
   */
  public UploadResult lastUpload() {
    return lastUpload;
  }

  @Override
  public void handle(LoopbackServer.Exchange ex) throws IOException {
    String path = ex.path();
    if (path.startsWith("/ezged/")) {
      ezged(ex);
      return;
    }
    if (path.equals("/api/v2/system")) {
      // Qorus: a fixed token, checked on every call
      if (!QORUS_TOKEN.equals(ex.header("Qorus-Token"))) {
        ex.respond(401, JSON, "{\"err\":\"AUTHENTICATION-ERROR\",\"desc\":\"no token\"}"
            .getBytes(StandardCharsets.UTF_8));
      } else {
        ex.respond(200, JSON, QORUS_SYSTEM);
      }
      return;
    }
    if (path.equals("/api/auth")) {
      if (ex.method().equals("POST")) {
        String t = "tok-" + tokenSerial.incrementAndGet();
        tokens.add(t);
        logins.incrementAndGet();
        ex.respond(200, JSON, ("{\"token\":\"" + t + "\"}").getBytes(StandardCharsets.UTF_8));
      } else {
        ex.respond(200, JSON, new byte[0]);
      }
      return;
    }
    String auth = ex.header("Authorization");
    if (auth == null || !auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
      ex.respond(401, JSON, UNAUTHORIZED);
      return;
    }
    if (path.equals("/api/account")) {
      ex.respond(200, JSON, USER);
    } else if (path.equals("/api/folder") && ex.method().equals("POST")) {
      ex.body().transferTo(OutputStream.nullOutputStream());
      ex.respond(200, JSON, FOLDER);
    } else if (path.equals("/api/file/activity")) {
      long offset = Long.parseLong(orDefault(ex.query("offset"), "0"));
      long limit = Long.parseLong(orDefault(ex.query("limit"), "30"));
      long total = neObjects;
      ex.respond(200, JSON, page("ne/" + offset + "/" + limit + "/" + total, () -> neActivityPage(offset, limit,
          total)));
    } else if (path.startsWith("/api/file/") && path.endsWith("/download")) {
      long n = downloadSize;
      ex.respond(200, "application/octet-stream", n, out -> GeneratedBytes.writeTo(out, n));
    } else if (path.equals("/api/file/upload") && ex.method().equals("POST")) {
      upload(ex);
    } else {
      ex.respond(404, JSON, "{\"error\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
    }
  }

  // ---------------------------------------------------------------- EzGED

  private void ezged(LoopbackServer.Exchange ex) throws IOException {
    String service = ex.query("service");
    if ("sec/authenticate".equals(service)) {
      ex.body().transferTo(OutputStream.nullOutputStream());
      ex.respond(200, JSON, EZ_LOGIN);
    } else if ("secses/delete".equals(service)) {
      ex.body().transferTo(OutputStream.nullOutputStream());
      ex.respond(200, JSON, EZ_LOGOUT);
    } else if ("query/getexec".equals(service)) {
      long start = Long.parseLong(orDefault(ex.query("limitstart"), "0"));
      long lines = Long.parseLong(orDefault(ex.query("limitgridlines"), "20"));
      long total = ezgedRows;
      ex.respond(200, JSON, page("ez/" + start + "/" + lines + "/" + total, () -> ezgedPage(start, lines, total)));
    } else {
      ex.respond(200, JSON, "{\"errorcode\":-1,\"errormsg\":\"Unknown service\",\"rows\":[]}"
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String orDefault(String v, String d) {
    return v == null ? d : v;
  }

  private static final char[] HEX_ZEROS = "0000000000000000".toCharArray();

  /** The 16 hex digits of {@code v}, zero-padded (the second half of a 32-digit hash). */
  private static String hex16(long v) {
    String h = Long.toHexString(v);
    return h.length() == 16 ? h : new String(HEX_ZEROS, 0, 16 - h.length()) + h;
  }

  private static final String[] SUBJECTS = {"Facture", "Devis", "Relance", "Rapport intervention", "Commande"};

  /**
   * One page of the EzGED view as {@code query/getexec} answers it (rows numbered from 1).
   *
   * @param start the first row offset
   * @param lines how many rows at most
   * @param total rows in the view
   * @return the reply body
   */
  public static byte[] ezgedPage(long start, long lines, long total) {
    long end = Math.min(total, start + lines);
    StringBuilder sb = new StringBuilder((int) Math.max(64, (end - start) * 190));
    sb.append("{\"errorcode\":0,\"errormsg\":\"ok\",\"rows\":[");
    for (long i = start + 1; i <= end; i++) {
      if (i > start + 1) {
        sb.append(',');
      }
      sb.append("{\"type\":\"row\",\"COURRIERS_ID\":\"").append(i)
          .append("\",\"COURRIERS_DATE\":\"2015-01-").append(10 + i % 18).append(" 08:").append(10 + i % 50)
          .append(":00\",\"COURRIERS_OBJET\":\"").append(SUBJECTS[(int) (i % SUBJECTS.length)]).append(' ').append(i)
          .append("\",\"COURRIERS_FROM\":\"client").append(i % 50).append("@example.com\",\"COURRIERS_TO\":")
          .append("\"tech@ezdev.fr\",\"COURRIERS_AMOUNT\":").append(i % 1000).append('.').append(i % 90 + 10)
          .append('}');
    }
    sb.append("],\"count\":").append(total).append('}');
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * One page of {@code GET /api/file/activity}: the NetExplorer paging envelope (seed 553) around file objects with
   * the fields the document lists (ids numbered from 1).
   *
   * @param offset the first object offset
   * @param limit how many objects at most
   * @param total objects in the listing
   * @return the reply body
   */
  public static byte[] neActivityPage(long offset, long limit, long total) {
    long end = Math.min(total, offset + limit);
    StringBuilder sb = new StringBuilder((int) Math.max(64, (end - offset) * 420));
    sb.append("{\"offset_start\":").append(offset).append(",\"nb_objets\":").append(Math.max(0, end - offset))
        .append(",\"nb_total_objects\":").append(total).append(",\"objects\":[");
    for (long i = offset + 1; i <= end; i++) {
      if (i > offset + 1) {
        sb.append(',');
      }
      sb.append("{\"id\":").append(i).append(",\"parent_id\":1001,\"name\":\"").append(SUBJECTS[(int) (i % SUBJECTS.length)])
          .append(' ').append(i).append(".pdf\",\"creation\":\"2026-11-").append(10 + i % 18).append("T08:")
          .append(10 + i % 50).append(":00+01:00\",\"modification\":\"2026-11-").append(10 + i % 18)
          .append("T09:00:00+01:00\",\"can_download\":true,\"can_write\":true,\"can_edit\":true,"
              + "\"can_delete\":false,\"can_share\":true,\"owner\":\"alice\",\"owner_id\":\"u-42\",\"hash\":\"")
          .append(HEX_ZEROS, 0, 16).append(hex16(i * 0x9E3779B97F4A7C15L & Long.MAX_VALUE))
          .append("\",\"size\":").append(i * 1000).append(",\"nb_versions\":1,\"file_type\":\"pdf\"}");
    }
    sb.append("]}");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- uploads

  private void upload(LoopbackServer.Exchange ex) throws IOException {
    String ct = ex.header("Content-Type");
    int b = ct == null ? -1 : ct.indexOf("boundary=");
    if (b < 0) {
      ex.respond(400, JSON, "{\"error\":\"not multipart\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String boundary = ct.substring(b + 9).replace("\"", "").trim();
    MultipartStream mp = new MultipartStream(ex.body(), boundary);
    Map<String, String> fields = new java.util.HashMap<>();
    String fileName = null;
    Upload up = null;
    long partBytes = 0;
    MultipartStream.Part part;
    while ((part = mp.nextPart()) != null) {
      if (part.fileName() == null) {
        fields.put(part.name(), new String(mp.readSmall(4096), StandardCharsets.UTF_8));
        continue;
      }
      fileName = part.fileName();
      if (fields.containsKey("report") || !fields.containsKey("chunks")) {
        mp.skip();
        continue;
      }
      String key = fileName + "/" + fields.get("fileSize");
      int chunk = Integer.parseInt(fields.getOrDefault("chunk", "0"));
      up = uploads.computeIfAbsent(key, k -> new Upload());
      synchronized (up) {
        if (chunk != up.nextChunk) {
          mp.skip();
          ex.respond(200, JSON, ("[{\"missing\":" + up.nextChunk + "}]").getBytes(StandardCharsets.UTF_8));
          return;
        }
        final Upload u = up;
        partBytes = mp.copyTo((buf, off, len) -> u.crc.update(buf, off, len));
        up.received += partBytes;
        up.nextChunk++;
      }
    }
    if (up == null) {
      ex.respond(200, JSON, "[{\"missing\":0}]".getBytes(StandardCharsets.UTF_8));
      return;
    }
    int chunks = Integer.parseInt(fields.get("chunks"));
    long fileSize = Long.parseLong(fields.get("fileSize"));
    if (up.nextChunk < chunks) {
      ex.respond(200, "text/plain", "OK".getBytes(StandardCharsets.UTF_8));
      return;
    }
    uploads.remove(fileName + "/" + fileSize);
    UploadResult r = new UploadResult(up.received, up.crc.getValue(), up.nextChunk);
    lastUpload = r;
    ex.respond(200, JSON, ("{\"id\":3001,\"name\":\"" + fileName + "\",\"parent_id\":" + fields.get("folderId")
        + ",\"can_download\":true,\"can_write\":true,\"can_edit\":true,\"can_delete\":true,\"can_share\":true,"
        + "\"size\":" + r.size() + ",\"crc32c\":\"" + Long.toHexString(r.crc32c()) + "\"}")
        .getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    server.close();
  }

  /** A streaming multipart/form-data reader: parts are read as they arrive, never buffered whole. */
  static final class MultipartStream {
    /** Receives bytes. */
    interface Sink {
      void accept(byte[] buf, int off, int len);
    }

    record Part(String name, String fileName) {}

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[128 * 1024];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean finished;

    MultipartStream(InputStream in, String boundary) {
      this.in = in;
      this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      // the body starts with "--boundary": a virtual CRLF makes the first delimiter like the others
      buf[0] = '\r';
      buf[1] = '\n';
      lim = 2;
    }

    Part nextPart() throws IOException {
      if (finished) {
        return null;
      }
      if (!skipToDelimiter(null)) {
        finished = true;
        return null;
      }
      if (!fill(2)) {
        finished = true;
        return null;
      }
      if (buf[pos] == '-' && buf[pos + 1] == '-') {
        finished = true;
        return null;
      }
      pos += 2;
      String name = null;
      String file = null;
      String line;
      while (!(line = line()).isEmpty()) {
        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-disposition")) {
          name = attr(line, "name");
          file = attr(line, "filename");
        }
      }
      pending = true;
      return new Part(name, file);
    }

    private boolean pending;

    private static String attr(String line, String key) {
      String k = " " + key + "=\"";
      int i = line.indexOf(k);
      if (i < 0) {
        k = ";" + key + "=\"";
        i = line.indexOf(k);
      }
      if (i < 0) {
        return null;
      }
      int s = i + k.length();
      int e = line.indexOf('"', s);
      return e < 0 ? line.substring(s) : line.substring(s, e);
    }

    private String line() throws IOException {
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (!fill(1)) {
          throw new IOException("multipart head cut");
        }
        byte c = buf[pos++];
        if (c == '\n') {
          int n = sb.length();
          if (n > 0 && sb.charAt(n - 1) == '\r') {
            sb.setLength(n - 1);
          }
          return sb.toString();
        }
        sb.append((char) (c & 0xff));
      }
    }

    byte[] readSmall(int max) throws IOException {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      copyTo((b, o, l) -> out.write(b, o, Math.min(l, Math.max(0, max - out.size()))));
      return out.toByteArray();
    }

    void skip() throws IOException {
      copyTo(null);
    }

    /** Copies the current part's content; leaves the reader on its closing delimiter. */
    long copyTo(Sink sink) throws IOException {
      long n = 0;
      if (!pending) {
        return 0;
      }
      while (true) {
        if (!fill(delimiter.length)) {
          throw new IOException("multipart part cut");
        }
        int found = indexOf(pos, lim);
        if (found >= 0) {
          if (sink != null && found > pos) {
            sink.accept(buf, pos, found - pos);
          }
          n += found - pos;
          pos = found;
          pending = false;
          return n;
        }
        int safe = lim - delimiter.length + 1;
        if (sink != null && safe > pos) {
          sink.accept(buf, pos, safe - pos);
        }
        n += safe - pos;
        pos = safe;
        if (eof) {
          throw new IOException("multipart part cut");
        }
        compactAndRead();
      }
    }

    /** Moves past the next delimiter; false at the end of the body. */
    private boolean skipToDelimiter(Sink sink) throws IOException {
      if (pending) {
        copyTo(sink);
      }
      while (true) {
        if (!fill(delimiter.length)) {
          return false;
        }
        int found = indexOf(pos, lim);
        if (found >= 0) {
          pos = found + delimiter.length;
          return true;
        }
        pos = lim - delimiter.length + 1;
        if (eof) {
          return false;
        }
        compactAndRead();
      }
    }

    private int indexOf(int from, int to) {
      byte first = delimiter[0];
      int last = to - delimiter.length;
      outer:
      for (int i = from; i <= last; i++) {
        if (buf[i] != first) {
          continue;
        }
        for (int j = 1; j < delimiter.length; j++) {
          if (buf[i + j] != delimiter[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }

    /** Ensures at least {@code n} bytes after pos unless the body ends; false when fewer remain at the end. */
    private boolean fill(int n) throws IOException {
      while (lim - pos < n && !eof) {
        compactAndRead();
      }
      return lim - pos >= n;
    }

    private void compactAndRead() throws IOException {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
      }
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
  }
}
