package org.gedkit.testkit.ezged;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import org.gedkit.core.json.GedkitJson;
import org.gedkit.testkit.EmulatorRequest;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.MutableClock;

/**
 * A stateful EzGED server on a random loopback port, behaving as the EzGED web-services document says, with the
 * quirks of real servers ({@code errormsg}, numbers as strings, {@code count: false}, errorcode {@code 401} in a
 * 200 reply when the session is gone, {@code -18} when too many sessions are open).
 *
 * <p>Seed data: user {@code admin}/{@code admin} (MD5 checked), a view tree with binder 1 "Courriers" holding view
 * 2 "Courriers à corriger" over table {@code courriers} with {@value #DEFAULT_ROWS} generated rows (ids 1..n), and
 * record 107 with one PDF file whose ripe is its real SHA-1. Sessions expire after 60 s without a call, measured on
 * {@link #clock()}. Jobs created by {@code docpak/addpages} are {@code QUEUED} until {@link #jobDuration(Duration)}
 * has passed on the clock, then {@code PURGEABLE} (or {@code ERROR} when the file was never uploaded).
 * {@code showdocs.php} honours {@code Range}. Faults of {@link #faults()} apply to every route.
 *
 * <p>Thread-safe: state changes are synchronized.
 */
public final class EzGedEmulator extends EmulatorServer {

  /** Rows generated in table {@code courriers} by default. */
  public static final int DEFAULT_ROWS = 10_000;
  /** The id of the seeded view over {@code courriers}. */
  public static final long COURRIERS_QUERY_ID = 2;
  /** The record seeded with a file. */
  public static final long RECORD_WITH_FILE = 107;
  /**
   * The upload token accepted by default: the value printed in the public EzGED web-services document, which EzGED
   * ships as its default (no credential of any real installation).
   */
  public static final String DEFAULT_TOKEN = "c3e335143464469a1ca542c21147f913";
  /** Idle time after which a session is dropped. */
  public static final Duration SESSION_IDLE = Duration.ofSeconds(60);

  private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String SPOOL = "F:\\nchp\\var\\spool\\ezged\\instance\\";

  private final Map<String, String> users = new LinkedHashMap<>();
  private final Map<String, Instant> sessions = new HashMap<>();
  private final Map<String, String> sessionUsers = new HashMap<>();
  private final Map<String, TreeMap<Long, Map<String, Object>>> tables = new HashMap<>();
  private final Map<Long, View> views = new LinkedHashMap<>();
  private final Map<Long, StoredFile> files = new LinkedHashMap<>();
  private final Map<String, byte[]> spool = new HashMap<>();
  private final Map<Long, EmuJob> jobs = new LinkedHashMap<>();
  private final Map<String, List<Map<String, Object>>> activity = new HashMap<>();
  private final Random random = new Random(42);
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong logins = new AtomicLong();
  private final AtomicLong expiredReplies = new AtomicLong();
  private long nextFileId = 12618;
  private long nextJobId = 8985;
  private int maxSessions = 50;
  private Duration jobDuration = Duration.ofSeconds(3);
  private String token = DEFAULT_TOKEN;

  private record View(long id, String description, String table, long familyId, String familyDescription) {}

  private record StoredFile(long id, String table, long rsid, String name, String mime, byte[] content, String ripe,
      Instant archivedAt) {}

  private static final class EmuJob {
    final long id;
    final String table;
    final long rsid;
    final String file;
    final Instant created;
    String status = "QUEUED";

    EmuJob(long id, String table, long rsid, String file, Instant created) {
      this.id = id;
      this.table = table;
      this.rsid = rsid;
      this.file = file;
      this.created = created;
    }
  }

  /** An emulator with the default seed data and its own clock; call {@link #start()}. */
  public EzGedEmulator() {
    this(MutableClock.startingNow(), DEFAULT_ROWS);
  }

  /**
   * An emulator with a given clock and number of generated rows; call {@link #start()}.
   *
   * @param clock the clock sessions and jobs are measured on
   * @param rows rows generated in table {@code courriers} (at least 107 keeps the seeded file's record)
   */
  public EzGedEmulator(MutableClock clock, int rows) {
    super(Objects.requireNonNull(clock, "clock"));
    users.put("admin", md5("admin"));
    TreeMap<Long, Map<String, Object>> courriers = new TreeMap<>();
    LocalDateTime base = LocalDateTime.of(2015, 1, 1, 8, 0);
    String[] subjects = {"Facture", "Devis", "Relance", "Rapport intervention", "MAJ EzGED disponible"};
    for (long i = 1; i <= rows; i++) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("COURRIERS_ID", Long.toString(i));
      r.put("COURRIERS_DATE", base.plusMinutes(i * 7).format(SQL));
      r.put("COURRIERS_OBJET", subjects[(int) (i % subjects.length)] + " " + i);
      r.put("COURRIERS_FROM", "client" + (i % 50) + "@example.com");
      r.put("COURRIERS_TO", "tech@ezdev.fr");
      courriers.put(i, r);
    }
    tables.put("courriers", courriers);
    views.put(COURRIERS_QUERY_ID, new View(COURRIERS_QUERY_ID, "Courriers à corriger", "courriers", 1, "Courriers"));
    views.put(3L, new View(3, "Tous les courriers", "courriers", 1, "Courriers"));
    if (rows >= RECORD_WITH_FILE) {
      byte[] pdf = ("%PDF-1.4\n% Gedkit emulator file of record 107\n" + "lorem ipsum ".repeat(4000))
          .getBytes(StandardCharsets.ISO_8859_1);
      addFile("courriers", RECORD_WITH_FILE, "loremipsum.pdf", "application/pdf", pdf);
    }
  }

  // ------------------------------------------------------------------ configuration

  /**
   * Adds (or replaces) a user.
   *
   * @param login the login
   * @param clearPassword the clear password (stored MD5-hashed, as EzGED checks it)
   * @return this emulator
   */
  public synchronized EzGedEmulator withUser(String login, String clearPassword) {
    users.put(login, md5(clearPassword));
    return this;
  }

  /**
   * Sets how many sessions may be open at once before logins get errorcode {@code -18} (50 by default).
   *
   * @param n the maximum
   * @return this emulator
   */
  public synchronized EzGedEmulator maxSessions(int n) {
    this.maxSessions = n;
    return this;
  }

  /**
   * Sets how long a job stays {@code QUEUED} on the clock (3 s by default).
   *
   * @param d the duration
   * @return this emulator
   */
  public synchronized EzGedEmulator jobDuration(Duration d) {
    this.jobDuration = Objects.requireNonNull(d, "d");
    return this;
  }

  /**
   * Sets the accepted {@code pupload.php} token.
   *
   * @param t the token
   * @return this emulator
   */
  public synchronized EzGedEmulator uploadToken(String t) {
    this.token = Objects.requireNonNull(t, "t");
    return this;
  }

  /**
   * Attaches a file to a record.
   *
   * @param table the table
   * @param rsid the record id
   * @param name the original name
   * @param mime the media type
   * @param content the bytes
   * @return the new {@code fsfileid}
   */
  public synchronized long addFile(String table, long rsid, String name, String mime, byte[] content) {
    long id = nextFileId++;
    files.put(id, new StoredFile(id, table, rsid, name, mime, content.clone(), sha1(content), clock().instant()));
    log(table, rsid, "file", "C", "Fichier ajouté", name);
    return id;
  }

  // ------------------------------------------------------------------ inspection

  /**
   * The SHA-1 ripe of a stored file.
   *
   * @param fileId the {@code fsfileid}
   * @return the ripe, or empty
   */
  public synchronized Optional<String> ripe(long fileId) {
    return Optional.ofNullable(files.get(fileId)).map(StoredFile::ripe);
  }

  /**
   * How many writes were made (insert, update, delete, upload, add pages).
   *
   * @return the count
   */
  public long writes() {
    return writes.get();
  }

  /**
   * How many successful logins there were.
   *
   * @return the count
   */
  public long logins() {
    return logins.get();
  }

  /**
   * How many calls were refused with errorcode 401 because their session was gone.
   *
   * @return the count
   */
  public long expiredReplies() {
    return expiredReplies.get();
  }

  /**
   * Open sessions (not yet expired or logged out).
   *
   * @return the count
   */
  public synchronized int openSessions() {
    Instant now = clock().instant();
    return (int) sessions.values().stream().filter(t -> !now.isAfter(t.plus(SESSION_IDLE))).count();
  }

  /**
   * A record of a table.
   *
   * @param table the table
   * @param id the primary key
   * @return a copy of its columns, or empty
   */
  public synchronized Optional<Map<String, Object>> record(String table, long id) {
    return Optional.ofNullable(tables.getOrDefault(table, new TreeMap<>()).get(id)).map(LinkedHashMap::new);
  }

  /**
   * The {@code fsfileid}s attached to a record.
   *
   * @param table the table
   * @param rsid the record id
   * @return the ids; never null
   */
  public synchronized List<Long> fileIds(String table, long rsid) {
    return files.values().stream().filter(f -> f.table().equals(table) && f.rsid() == rsid).map(StoredFile::id)
        .toList();
  }

  /**
   * The files uploaded with {@code pupload.php} and not yet taken by a job, by server path (as
   * {@code filePath} answers, e.g. {@code F:\\...\\enqueued\\a.pdf}). An upload is stored whole, in one step,
   * only once its request was read completely.
   *
   * @return a copy (path to bytes), sorted by path; never null
   */
  public synchronized Map<String, byte[]> spooled() {
    Map<String, byte[]> copy = new TreeMap<>();
    spool.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /**
   * Drops every session, as a server restart would.
   */
  public synchronized void dropAllSessions() {
    sessions.clear();
    sessionUsers.clear();
  }

  // ------------------------------------------------------------------ dispatch

  @Override
  protected MockResponse handle(EmulatorRequest r) {
    String path = r.path();
    if (path.endsWith("/data/showdocs.php")) {
      return showdocs(r);
    }
    if (path.endsWith("/data/pupload.php")) {
      return upload(r);
    }
    if (!path.endsWith("/data/service.php")) {
      return json(404, Map.of("errorcode", 404, "errormsg", "no such script " + path));
    }
    String service = r.query("service").orElse("");
    if (service.equals("sec/authenticate")) {
      return authenticate(r);
    }
    if (service.equals("secses/delete")) {
      return logout(r);
    }
    synchronized (this) {
      String session = r.param("sessionid").orElse("");
      if (!touch(session)) {
        return sessionGone();
      }
      return switch (service) {
        case "secses/keepalive" -> ok(List.of(row("type", "keepalive", "countsignbook", "0", "countcorrection", "0",
            "counttrash", "0", "countmessage", "0", "countworkflow", Integer.toString(jobs.size()))), 0);
        case "query/gettreearchive" -> tree();
        case "query/getexec" -> exec(r);
        case "query/globalsearch_v3" -> globalSearch(r);
        case "docpak/loadalllastrevision" -> revisions(r);
        case "log/getactivity" -> activity(r);
        case "doctbl/insertrow" -> insert(r);
        case "doctbl/updaterow" -> update(r);
        case "doctbl/deleterowfiles" -> delete(r);
        case "docpak/addpages" -> addPages(r);
        case "jobqueue/load" -> loadJob(r);
        default -> error(-1, "Unknown service " + service);
      };
    }
  }

  private boolean touch(String session) {
    Instant seen = sessions.get(session);
    Instant now = clock().instant();
    if (seen == null || now.isAfter(seen.plus(SESSION_IDLE))) {
      sessions.remove(session);
      sessionUsers.remove(session);
      expiredReplies.incrementAndGet();
      return false;
    }
    sessions.put(session, now);
    return true;
  }

  private static MockResponse sessionGone() {
    return envelope(401, "Session expired or invalid", List.of(), false);
  }

  // ------------------------------------------------------------------ session services

  private MockResponse authenticate(EmulatorRequest r) {
    String login = r.param("login").orElse("");
    String pwd = r.param("pwd").orElse("");
    synchronized (this) {
      String expected = users.get(login);
      if (expected == null || !expected.equalsIgnoreCase(pwd)) {
        return error(1, "Bad login or password");
      }
      if (openSessions() >= maxSessions) {
        return error(-18, "Maximum number of sessions reached");
      }
      String id;
      do {
        id = Integer.toString(100_000_000 + random.nextInt(900_000_000));
      } while (sessions.containsKey(id));
      sessions.put(id, clock().instant());
      sessionUsers.put(id, login);
      logins.incrementAndGet();
      Map<String, Object> rows = new LinkedHashMap<>();
      rows.put("SECUSRPAR_LANG", "fr_FR");
      rows.put("SECUSRPAR_FMTFLOAT", "xx3xx,xxxx");
      rows.put("sessionid", id);
      rows.put("IHMVERSION", 0);
      rows.put("URLDOC", "resources/doc/manuel_utilisateur_v3.pdf");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("errorcode", 0);
      body.put("errormsg", "You're authenticated !");
      body.put("rows", rows);
      return json(200, body);
    }
  }

  private synchronized MockResponse logout(EmulatorRequest r) {
    String id = r.param("sessionid").or(() -> r.param("secsesid")).orElse("");
    sessions.remove(id);
    sessionUsers.remove(id);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errorcode", 0);
    body.put("errormsg", "Success logout");
    return json(200, body);
  }

  // ------------------------------------------------------------------ queries

  private MockResponse tree() {
    Map<Long, Map<String, Object>> families = new LinkedHashMap<>();
    for (View v : views.values()) {
      Map<String, Object> fam = families.computeIfAbsent(v.familyId(), k -> {
        Map<String, Object> f = row("type", "family", "QRYSET_DESC", v.familyDescription(), "QRYSET_ID",
            Long.toString(v.familyId()));
        f.put("rows", new ArrayList<Map<String, Object>>());
        return f;
      });
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> children = (List<Map<String, Object>>) fam.get("rows");
      children.add(row("type", "query", "QRY_ASK", "0", "QRY_ID", Long.toString(v.id()), "QRY_DESC",
          v.description(), "QRY_RANK", Long.toString(v.id() * 10), "QRY_PUBCNTCOR", "1", "QRY_TREE", "0"));
    }
    Map<String, Object> group = row("type", "queries", "label", "CLASSEURS");
    group.put("rows", new ArrayList<>(families.values()));
    return ok(List.of(group), 0);
  }

  private MockResponse exec(EmulatorRequest r) {
    long qryid = longParam(r, "qryid", -1);
    View v = views.get(qryid);
    if (v == null) {
      return error(-2, "Unknown query " + qryid);
    }
    Predicate<Map<String, Object>> filter = filter(r, "qrysuffqn", "qrysrop", "qrysval", false)
        .and(filter(r, "qryusrffqn", "qryusrop", "qryusrval", true));
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> rec : tables.getOrDefault(v.table(), new TreeMap<>()).values()) {
      if (filter.test(rec)) {
        matching.add(rec);
      }
    }
    Optional<String> order = r.param("qryusrorderfld").map(EzGedEmulator::column);
    if (order.isPresent()) {
      Comparator<Map<String, Object>> c = Comparator.comparing(m -> sortKey(m.get(order.get())));
      if ("DESC".equalsIgnoreCase(r.param("qryusrorderdirection").orElse("ASC"))) {
        c = c.reversed();
      }
      matching.sort(c);
    }
    int start = (int) Math.max(0, longParam(r, "limitstart", 0));
    int lines = (int) Math.max(1, longParam(r, "limitgridlines", 20));
    List<Map<String, Object>> page = new ArrayList<>();
    for (int i = start; i < Math.min(matching.size(), start + lines); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("type", "row");
      row.putAll(matching.get(i));
      page.add(row);
    }
    return ok(page, matching.size());
  }

  private static String sortKey(Object o) {
    String s = o == null ? "" : o.toString();
    return s.matches("\\d{1,18}") ? String.format(Locale.ROOT, "%020d", Long.parseLong(s)) : s;
  }

  private static String column(String ffqn) {
    int dot = ffqn.lastIndexOf('.');
    return dot < 0 ? ffqn : ffqn.substring(dot + 1);
  }

  private static Predicate<Map<String, Object>> filter(EmulatorRequest r, String fp, String op, String vp,
      boolean userForm) {
    Optional<String> f = r.param(fp);
    if (f.isEmpty()) {
      return m -> true;
    }
    List<String> fields = list(f.get());
    List<String> ops = list(r.param(op).orElse("[]"));
    List<String> vals = list(r.param(vp).orElse("[]"));
    Predicate<Map<String, Object>> all = m -> true;
    for (int i = 0; i < fields.size(); i++) {
      String col = column(fields.get(i));
      String o = i < ops.size() ? ops.get(i).toLowerCase(Locale.ROOT) : "=";
      String v = i < vals.size() ? vals.get(i) : "";
      all = all.and(m -> matches(m.get(col), o, v, userForm));
    }
    return all;
  }

  private static boolean matches(Object actual, String op, String value, boolean userForm) {
    String a = actual == null ? "" : actual.toString();
    switch (op) {
      case "=":
        if (userForm && value.contains(",")) {
          return List.of(value.split(",")).stream().anyMatch(x -> x.trim().equalsIgnoreCase(a));
        }
        return compare(a, value) == 0;
      case "<>":
        return compare(a, value) != 0;
      case ">=":
        return compare(a, value) >= 0;
      case "<=":
        return compare(a, value) <= 0;
      case "in":
        return List.of(value.split(",")).stream().anyMatch(x -> x.trim().equalsIgnoreCase(a));
      case "like":
        return like(a, value);
      case "not like":
        return !like(a, value);
      default:
        return false;
    }
  }

  private static int compare(String a, String b) {
    if (a.matches("-?\\d{1,18}") && b.matches("-?\\d{1,18}")) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return a.compareToIgnoreCase(b);
  }

  private static boolean like(String a, String pattern) {
    StringBuilder re = new StringBuilder("(?is)");
    for (char c : pattern.toCharArray()) {
      re.append(c == '%' ? ".*" : c == '_' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
    }
    return a.matches(re.toString());
  }

  private MockResponse globalSearch(EmulatorRequest r) {
    List<String> words = list(r.param("word").orElse("[]"));
    int max = (int) Math.max(1, longParam(r, "gridlines", 100));
    View v = views.get(COURRIERS_QUERY_ID);
    List<Map<String, Object>> hits = new ArrayList<>();
    int total = 0;
    for (Map<String, Object> rec : tables.get("courriers").values()) {
      String objet = String.valueOf(rec.get("COURRIERS_OBJET")).toLowerCase(Locale.ROOT);
      if (words.stream().anyMatch(w -> objet.contains(w.toLowerCase(Locale.ROOT)))) {
        total++;
        if (hits.size() < max - 1) {
          hits.add(row("type", "gsearch", "RSID", rec.get("COURRIERS_ID"), "QRY_DESC", v.description(), "QRY_ID",
              Long.toString(v.id()), "FFQN", "courriers.COURRIERS_ID", "DESC",
              "<b>ID</b> : " + rec.get("COURRIERS_ID") + ", <b>OBJET</b> : " + rec.get("COURRIERS_OBJET")));
        }
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    if (total > 0) {
      rows.add(row("type", "family", "COUNT", Integer.toString(total), "QRY_PUBCNTCOR", "0", "QRY_DESC",
          v.description(), "QRY_ID", Long.toString(v.id()), "QRY_MAINFFQN", "courriers.COURRIERS_ID"));
      rows.addAll(hits);
    }
    return ok(rows, total);
  }

  // ------------------------------------------------------------------ files

  private MockResponse revisions(EmulatorRequest r) {
    String table = r.param("docpaktbl").orElse("");
    long rsid = longParam(r, "docpakrsid", -1);
    int start = (int) Math.max(0, longParam(r, "limitstart", 0));
    int lines = (int) Math.max(1, longParam(r, "limitgridlines", 20));
    List<Map<String, Object>> all = new ArrayList<>();
    int rank = 1;
    for (StoredFile f : files.values()) {
      if (f.table().equals(table) && f.rsid() == rsid) {
        String ext = f.name().contains(".") ? f.name().substring(f.name().lastIndexOf('.') + 1) : "";
        String at = LocalDateTime.ofInstant(f.archivedAt(), ZoneOffset.UTC).format(SQL);
        Map<String, Object> m = row("datefilearchive", at, "oname", f.name(), "rank", Integer.toString(rank++),
            "table", table, "size", Integer.toString(f.content().length), "fsfileid", Long.toString(f.id()),
            "rsid", Long.toString(rsid), "version", "0", "namefileorigin", f.name(), "datefileorigin", at,
            "mime", f.mime(), "extension", ext, "ripefilearchive", f.ripe(), "ext", ext, "pages", "1");
        m.put("dimensions", List.of(List.of(595, 842)));
        all.add(m);
      }
    }
    return ok(all.subList(Math.min(start, all.size()), Math.min(all.size(), start + lines)), all.size());
  }

  private MockResponse showdocs(EmulatorRequest r) {
    StoredFile f;
    synchronized (this) {
      if (!touch(r.param("sessionid").orElse(""))) {
        return sessionGone();
      }
      f = files.get(longParam(r, "fsfileid", -1));
      if (f == null || !f.ripe().equalsIgnoreCase(r.param("fsfileripe").orElse(""))) {
        return error(404, "File not found");
      }
    }
    byte[] content = f.content();
    long from = 0;
    Optional<String> range = r.header("Range");
    if (range.isPresent() && range.get().matches("bytes=\\d+-")) {
      from = Long.parseLong(range.get().substring(6, range.get().length() - 1));
    }
    if (from > 0 && from < content.length) {
      final int off = (int) from;
      return streaming(206, f.mime(), content.length - off, () -> new ByteArrayInputStream(content, off,
          content.length - off))
          .setHeader("Content-Range", "bytes " + off + "-" + (content.length - 1) + "/" + content.length)
          .setHeader("Accept-Ranges", "bytes").build();
    }
    return streaming(200, f.mime(), content.length, () -> new ByteArrayInputStream(content))
        .setHeader("Accept-Ranges", "bytes")
        .setHeader("Content-Disposition", "inline; filename=\"" + f.name() + "\"").build();
  }

  private MockResponse upload(EmulatorRequest r) {
    List<EmulatorRequest.Part> parts = r.multipart();
    Map<String, String> fields = new HashMap<>();
    EmulatorRequest.Part file = null;
    for (EmulatorRequest.Part p : parts) {
      if (p.filename() != null) {
        file = p;
      } else if (p.name() != null) {
        fields.put(p.name(), p.text());
      }
    }
    synchronized (this) {
      String session = r.query("sessionid").orElse(fields.getOrDefault("sessionid", ""));
      if (!touch(session)) {
        return sessionGone();
      }
      String tok = r.query("token").orElse(fields.getOrDefault("token", ""));
      if (!tok.equals(token)) {
        return json(200, Map.of("success", false, "message", "Invalid token"));
      }
      if (file == null) {
        return json(200, Map.of("success", false, "message", "No file"));
      }
      String mode = r.query("mode").orElse(fields.getOrDefault("mode", ""));
      String waitdir = r.query("waitdir").orElse(fields.getOrDefault("waitdir", ""));
      String dir = "cold".equals(mode) && !waitdir.isEmpty() ? "ocr\\wait\\" + waitdir + "\\" : "enqueued\\";
      String path = SPOOL + dir + file.filename();
      spool.put(path, file.content());
      writes.incrementAndGet();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("success", true);
      body.put("chunkpart", false);
      body.put("message", "File successfully uploaded.");
      body.put("filePath", path);
      return json(200, body);
    }
  }

  // ------------------------------------------------------------------ activity and records

  private void log(String table, long rsid, String type, String action, String label, String description) {
    List<Map<String, Object>> l = activity.computeIfAbsent(table + "#" + rsid, k -> new ArrayList<>());
    String who = "Gedkit Emulator";
    l.add(0, row("reserved", "", "description", description, "label", label, "action", action, "user", who, "date",
        LocalDateTime.ofInstant(clock().instant(), ZoneOffset.UTC).format(SQL), "type", type));
  }

  private MockResponse activity(EmulatorRequest r) {
    String type = r.param("type").orElse("");
    List<Map<String, Object>> entries = "index".equals(type)
        ? activity.getOrDefault(r.param("tbl").orElse("") + "#" + longParam(r, "rsid", -1), List.of())
        : List.of();
    Map<String, Object> body = envelopeBody(0, "ok", entries, 0);
    body.put("object", row("count", Integer.toString(entries.size()), "type", "object"));
    return json(200, body);
  }

  private MockResponse insert(EmulatorRequest r) {
    String table = r.param("tfqn").orElse("");
    List<String> fields = list(r.param("fields").orElse("[]"));
    List<String> values = list(r.param("values").orElse("[]"));
    if (table.isEmpty() || fields.isEmpty() || fields.size() != values.size()) {
      return error(-4, "fields and values must have the same length");
    }
    TreeMap<Long, Map<String, Object>> t = tables.computeIfAbsent(table, k -> new TreeMap<>());
    long id = t.isEmpty() ? 1 : t.lastKey() + 1;
    Map<String, Object> rec = new LinkedHashMap<>();
    rec.put(table.toUpperCase(Locale.ROOT) + "_ID", Long.toString(id));
    for (int i = 0; i < fields.size(); i++) {
      rec.put(fields.get(i), values.get(i));
    }
    t.put(id, rec);
    writes.incrementAndGet();
    log(table, id, "index", "C", "Fiche créée", "");
    Map<String, Object> ret = new LinkedHashMap<>();
    ret.put("RETID", id);
    ret.put("type", "returnid");
    return ok(List.of(ret), 0);
  }

  private MockResponse update(EmulatorRequest r) {
    String table = r.param("tfqn").orElse("");
    long id = longParam(r, "value_ID", -1);
    Map<String, Object> rec = tables.getOrDefault(table, new TreeMap<>()).get(id);
    if (rec == null) {
      return error(404, "Record not found");
    }
    List<String> fields = list(r.param("fields").orElse("[]"));
    List<String> values = list(r.param("values").orElse("[]"));
    if (fields.size() != values.size()) {
      return error(-4, "fields and values must have the same length");
    }
    StringBuilder change = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      change.append(fields.get(i)).append(" : ").append(rec.get(fields.get(i))).append(" => ").append(values.get(i))
          .append('\n');
      rec.put(fields.get(i), values.get(i));
    }
    writes.incrementAndGet();
    log(table, id, "index", "M", "Description modifiée", change.toString());
    return ok(List.of(), 0);
  }

  private MockResponse delete(EmulatorRequest r) {
    String table = r.param("tfqn").orElse("");
    long id = longParam(r, "value_ID", -1);
    if (tables.getOrDefault(table, new TreeMap<>()).remove(id) == null) {
      return error(404, "Record not found");
    }
    files.values().removeIf(f -> f.table().equals(table) && f.rsid() == id);
    writes.incrementAndGet();
    return ok(List.of(), 0);
  }

  // ------------------------------------------------------------------ jobs

  private MockResponse addPages(EmulatorRequest r) {
    String table = r.param("tfqn").orElse("");
    long rsid = longParam(r, "rsid", -1);
    String file = r.param("file").orElse("");
    if (!tables.getOrDefault(table, new TreeMap<>()).containsKey(rsid)) {
      return error(404, "Record not found");
    }
    long id = nextJobId++;
    jobs.put(id, new EmuJob(id, table, rsid, file, clock().instant()));
    writes.incrementAndGet();
    Map<String, Object> row = row("type", "addpages", "JOBQUEUE_ID", Long.toString(id));
    return ok(List.of(row), id);
  }

  private MockResponse loadJob(EmulatorRequest r) {
    EmuJob j = jobs.get(longParam(r, "jobqueueid", -1));
    if (j == null) {
      return envelope(0, "ok", List.of(), false);
    }
    if (j.status.equals("QUEUED") && !clock().instant().isBefore(j.created.plus(jobDuration))) {
      byte[] content = spool.remove(j.file);
      if (content == null) {
        j.status = "ERROR";
      } else {
        String name = j.file.substring(j.file.lastIndexOf('\\') + 1);
        addFile(j.table, j.rsid, name, name.endsWith(".pdf") ? "application/pdf" : "application/octet-stream",
            content);
        j.status = "PURGEABLE";
      }
    }
    Map<String, Object> row = row("type", "generic", "JOBQUEUE_PURGEABLE", "1", "JOBQUEUE_ID", Long.toString(j.id),
        "JOBQUEUE_STARTTIME", LocalDateTime.ofInstant(j.created, ZoneOffset.UTC).format(SQL), "JOBQUEUE_STEP",
        j.status.equals("QUEUED") ? "1" : "3", "JOBQUEUE_TYPE", "Système", "JOBQUEUE_STATUS", j.status,
        "JOBQUEUE_TSTAMP", LocalDateTime.ofInstant(clock().instant(), ZoneOffset.UTC).format(SQL),
        "JOBQUEUE_SECUSRID", "1");
    return envelope(0, "ok", List.of(row), false);
  }

  // ------------------------------------------------------------------ helpers

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static MockResponse ok(List<? extends Map<String, Object>> rows, long count) {
    return envelope(0, "ok", rows, count);
  }

  private static MockResponse error(int code, String message) {
    return envelope(code, message, List.of(), false);
  }

  private static MockResponse envelope(int code, String message, List<? extends Map<String, Object>> rows,
      Object count) {
    return json(200, envelopeBody(code, message, rows, count));
  }

  private static Map<String, Object> envelopeBody(int code, String message, List<? extends Map<String, Object>> rows,
      Object count) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errorcode", code);
    body.put("errormsg", message);
    body.put("rows", rows);
    body.put("count", count);
    return body;
  }

  private static long longParam(EmulatorRequest r, String name, long dflt) {
    try {
      return r.param(name).map(String::trim).map(Long::parseLong).orElse(dflt);
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  private static List<String> list(String json) {
    List<String> out = new ArrayList<>();
    try {
      JsonNode n = GedkitJson.mapper().readTree(json);
      if (n != null && n.isArray()) {
        n.forEach(x -> out.add(x.isNull() ? null : x.asText()));
      } else if (n != null && !n.isNull()) {
        out.add(n.asText());
      }
    } catch (JsonProcessingException e) {
      out.add(json);
    }
    return out;
  }

  static String md5(String s) {
    return hex("MD5", s.getBytes(StandardCharsets.UTF_8));
  }

  static String sha1(byte[] b) {
    return hex("SHA-1", b);
  }

  private static String hex(String alg, byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(alg).digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
