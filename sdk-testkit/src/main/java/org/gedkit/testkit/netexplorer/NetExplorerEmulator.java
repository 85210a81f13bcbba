package org.gedkit.testkit.netexplorer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.gedkit.testkit.EmulatorRequest;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.MutableClock;

/**
 * An in-process NetExplorer server ({@code /api/...}) for tests: users and tokens that expire on the emulator's
 * {@link MutableClock}, a folder tree with per-user read rights, files with versions and MD5 hashes, the chunked
 * upload with its {@code [{"missing": N}]} report, downloads honouring HTTP {@code Range}, download tokens, the
 * trash, the paged {@code /file/activity} listing, and the {@code AsId} header; also the account (update,
 * picture), roots, path helpers and quotas, timelines, previews and thumbnails, ZIP, tus uploads and upload
 * cancel. Plus the shared fault injection ({@link #faults()}) and a download drop switch
 * ({@link #dropNextDownloads}). Unknown routes answer 404 {@code {"error": ...}}.
 *
 * <p>Part-2 routes served (same paths and bodies as the client):
 * <ul>
 *   <li>rights: {@code GET /rights/{folderId}}, {@code GET|PUT|DELETE /right/{id}}, {@code POST /right} (omitted
 *       flags are false; one right per user and folder). They are enforced: the owner holds every flag, others
 *       the flags of the nearest right on the folder or above it. Without {@code browse} the folder is absent
 *       from {@code /folders}, {@code /roots} and folder contents (403 when asked directly); a folder shared with
 *       a user appears among that user's roots; without {@code read} files are not listed or readable; uploads
 *       and new files need {@code write} ({@code edit} to replace an existing name), rename/move/new version
 *       need {@code edit}, delete needs {@code delete}, downloads need {@code download}; only a user with
 *       {@code share} (or an administrator acting as himself) reads or changes rights. Seed with
 *       {@link #grant} / {@link #grantRead}.</li>
 *   <li>locks: {@code GET|PUT|DELETE /lock/{fileId}}, paged {@code GET /locks/{folderId}}. Locking needs
 *       {@code edit}. While another user holds the lock, rename/move, new version (upload or
 *       {@code PUT /file/{id}/upload}), delete, lock and unlock answer <b>423</b>
 *       {@code {"error": "Fichier verrouillé par <login>"}} (the adapter's {@code ConflictException}).
 *       Seed / inspect with {@link #lock} and {@link #lockOwner}.</li>
 *   <li>share links: {@code POST /sharelink} (needs {@code share}; {@code key}, {@code password},
 *       {@code max_downloads}, {@code expiration_date}, ...), {@code GET|PUT|DELETE /sharelink/{id}},
 *       {@code POST /sharelink/{id}/passcheck}, paged {@code GET /sharelinks}; without a session:
 *       {@code GET /sharelink/key/{key}}, {@code POST /sharelink/key/{key}/passcheck},
 *       {@code POST /token/sharelink/{key}/download {"password"}} (403 on a wrong password) and
 *       {@code GET /sharelink/download/{key}?token=} (token required when the link has a password; honours
 *       Range; 403 once expired on the emulator's clock or when {@code max_downloads} is reached; 404 once
 *       deleted). {@link #sharelinkDownloads} counts the downloads.</li>
 *   <li>upload links: {@code POST /ulink} (needs {@code write} and {@code share}), {@code GET|PUT|DELETE
 *       /ulink/{id}}, paged {@code GET /ulinks}; without a session {@code GET /ulink/key/{key}},
 *       {@code POST /ulink/key/{key}/passcheck} and {@code /sms}, and <b>emulator-only</b>
 *       {@code POST /ulink/key/{key}/upload} (multipart {@code targetFile}, plus {@code password} when the link
 *       has one): the vendor document does not describe how a visitor uploads through a link and the SDK has no
 *       method for it, so this stand-in route lets tests put a file in the link's folder (owned by the link's
 *       owner).</li>
 *   <li>annotations: {@code POST /annotation}, {@code GET|PUT|DELETE /annotation/{id}} (only the author edits or
 *       deletes), paged {@code GET /annotations/{targetId}/{file|folder}} and {@code GET /annotations/all}
 *       (what the user may see), {@code PUT /annotations/all} (no-op).</li>
 * </ul>
 * Paged listings use {@code offset}/{@code limit} and answer {@code {offset_start, nb_objets, nb_total_objects,
 * objects}}. Other part-2 token routes ({@code POST /token/...}) answer a fresh token; other part-2 groups are not
 * served (404).
 *
 * <p>Seed data: user {@code smithj} / {@code secret} (id {@code 15}, administrator) owning root folder 1
 * {@code Documents}; user {@code bob} / {@code secret} (id {@code 16}) owning root folder 2 {@code Bob}.
 * Add more with {@link #addUser}, {@link #addFolder} and {@link #addFile}.
 *
 * <p>Thread-safe: every request is handled under one lock; every successful write ({@link #writes()}) is counted,
 * including rights, locks, links and annotations. Tokens expire {@link #tokenLifetime(Duration)} after
 * they were issued (30 minutes by default), answering 401 afterwards.
 */
public final class NetExplorerEmulator extends EmulatorServer {

  private final String base;
  private final Map<String, UserRec> usersByLogin = new LinkedHashMap<>();
  private final Map<String, UserRec> usersById = new LinkedHashMap<>();
  private final Map<String, TokenRec> tokens = new HashMap<>();
  private final Map<Long, FolderRec> folders = new TreeMap<>();
  private final Map<Long, FileRec> files = new TreeMap<>();
  private final Map<Long, TrashRec> trash = new TreeMap<>();
  private final Map<String, ChunkRec> uploads = new HashMap<>();
  private final Map<String, Long> downloadTokens = new HashMap<>();
  private final Map<String, TusRec> tus = new HashMap<>();
  private final List<Integer> chunkLog = new ArrayList<>();
  private final Map<Long, RightRec> rights = new TreeMap<>();
  private final Map<Long, LockRec> locks = new HashMap<>();
  private final Map<Long, LinkRec> sharelinks = new TreeMap<>();
  private final Map<Long, LinkRec> ulinks = new TreeMap<>();
  private final Map<String, String> sharelinkTokens = new HashMap<>();
  private final Map<Long, AnnotationRec> annotations = new TreeMap<>();
  private final AtomicLong ids = new AtomicLong(1000);
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong logins = new AtomicLong();
  private Duration tokenLifetime = Duration.ofMinutes(30);
  private boolean hashAfterUpload = true;
  private int dropDownloads;

  /** Creates an emulator with the seed data, a clock starting now and the base path {@code /api}. */
  public NetExplorerEmulator() {
    this(MutableClock.startingNow(), "/api");
  }

  /**
   * Creates an emulator.
   *
   * @param clock the clock tokens expire on
   * @param basePath the API base path, e.g. {@code /api}
   */
  public NetExplorerEmulator(MutableClock clock, String basePath) {
    super(clock);
    String b = basePath == null ? "" : basePath.replaceAll("/+$", "");
    this.base = b.isEmpty() || b.startsWith("/") ? b : "/" + b;
    addUser("15", "smithj", "secret", true);
    addUser("16", "bob", "secret", false);
    addFolder(1, "Documents", 0, "15");
    addFolder(2, "Bob", 0, "16");
  }

  /**
   * Adds a user.
   *
   * @param id the user id
   * @param login the login
   * @param password the password
   * @param admin whether the user is an administrator (may act as others with AsId)
   * @return this emulator
   */
  public synchronized NetExplorerEmulator addUser(String id, String login, String password, boolean admin) {
    UserRec u = new UserRec(id, login, password, admin);
    usersByLogin.put(login, u);
    usersById.put(id, u);
    return this;
  }

  /**
   * Adds a folder.
   *
   * @param id the folder id
   * @param name the name
   * @param parentId the parent id (0 for a root)
   * @param ownerId the owner's user id
   * @return this emulator
   */
  public synchronized NetExplorerEmulator addFolder(long id, String name, long parentId, String ownerId) {
    folders.put(id, new FolderRec(id, name, parentId, ownerId));
    if (parentId == 0 && usersById.containsKey(ownerId)) {
      usersById.get(ownerId).roots.add(id);
    }
    return this;
  }

  /**
   * Lets a user read (and download) a folder and what is below it.
   *
   * @param folderId the folder
   * @param userId the user
   * @return this emulator
   */
  public synchronized NetExplorerEmulator grantRead(long folderId, String userId) {
    return grant(folderId, userId, "browse", "read", "download");
  }

  /**
   * Grants a user a right on a folder (and what is below it, unless a deeper right overrides it), as
   * {@code POST /right} does; replaces the flags of an existing right of that user on that folder.
   *
   * @param folderId the folder
   * @param userId the user
   * @param flags the flags set to true, among {@code browse read download write edit delete share}; the others
   *     are false
   * @return this emulator
   * @throws IllegalArgumentException when the folder does not exist or a flag is unknown
   */
  public synchronized NetExplorerEmulator grant(long folderId, String userId, String... flags) {
    folder(folderId);
    java.util.Set<String> set = new java.util.LinkedHashSet<>();
    for (String f : flags) {
      if (!RIGHT_FLAGS.contains(f)) {
        throw new IllegalArgumentException("unknown right flag " + f + "; known: " + RIGHT_FLAGS);
      }
      set.add(f);
    }
    RightRec r = rightOf(folderId, userId);
    if (r == null) {
      r = new RightRec(ids.incrementAndGet(), folderId, userId);
      rights.put(r.id, r);
    }
    r.flags.clear();
    r.flags.addAll(set);
    return this;
  }

  /**
   * Locks a file for a user, as {@code PUT /lock/{fileId}} does.
   *
   * @param fileId the file
   * @param userId the user holding the lock
   * @return this emulator
   * @throws IllegalArgumentException when the file does not exist
   */
  public synchronized NetExplorerEmulator lock(long fileId, String userId) {
    if (!files.containsKey(fileId)) {
      throw new IllegalArgumentException("no file " + fileId);
    }
    locks.put(fileId, new LockRec(userId, now()));
    return this;
  }

  /**
   * Who holds the lock of a file.
   *
   * @param fileId the file
   * @return the user id, or empty when the file is not locked
   */
  public synchronized Optional<String> lockOwner(long fileId) {
    LockRec l = locks.get(fileId);
    return l == null ? Optional.empty() : Optional.of(l.userId);
  }

  /**
   * How many times the file of a share link was downloaded through it.
   *
   * @param key the share link key
   * @return the count, or empty when there is no such link
   */
  public synchronized Optional<Integer> sharelinkDownloads(String key) {
    return linkByKey(sharelinks, key).map(l -> l.downloads);
  }

  /**
   * Adds a file (first version) with its content.
   *
   * @param parentId the folder
   * @param name the name
   * @param content the bytes
   * @return the new file's id
   */
  public synchronized long addFile(long parentId, String name, byte[] content) {
    FolderRec parent = folder(parentId);
    long id = ids.incrementAndGet();
    FileRec f = new FileRec(id, UUID.randomUUID().toString(), name, parentId, parent.ownerId);
    f.versions.add(new Version(id, content.clone(), md5(content), now()));
    files.put(id, f);
    return id;
  }

  /**
   * Adds many small files in one folder (for paging tests).
   *
   * @param parentId the folder
   * @param count how many
   * @return this emulator
   */
  public synchronized NetExplorerEmulator addFiles(long parentId, int count) {
    for (int i = 0; i < count; i++) {
      addFile(parentId, "file-" + i + ".txt", ("content " + i).getBytes(StandardCharsets.UTF_8));
    }
    return this;
  }

  /**
   * How long a token lives after login.
   *
   * @param d the lifetime
   * @return this emulator
   */
  public synchronized NetExplorerEmulator tokenLifetime(Duration d) {
    this.tokenLifetime = d;
    return this;
  }

  /**
   * Whether a file's {@code hash} is sent right after an upload (real servers may omit it for a while).
   *
   * @param present false to omit the hash of uploaded files until they are downloaded once
   * @return this emulator
   */
  public synchronized NetExplorerEmulator hashAfterUpload(boolean present) {
    this.hashAfterUpload = present;
    return this;
  }

  /**
   * Cuts the next {@code times} file downloads halfway through the body (the server closes the socket).
   *
   * @param times how many downloads to cut
   * @return this emulator
   */
  public synchronized NetExplorerEmulator dropNextDownloads(int times) {
    this.dropDownloads = times;
    return this;
  }

  /**
   * The content of the newest version of a file.
   *
   * @param fileId the file
   * @return the bytes, or empty when there is no such file
   */
  public synchronized Optional<byte[]> content(long fileId) {
    FileRec f = files.get(fileId);
    return f == null ? Optional.empty() : Optional.of(f.latest().content.clone());
  }

  /**
   * Finds a file by folder and name.
   *
   * @param parentId the folder
   * @param name the name
   * @return the file id, or empty
   */
  public synchronized Optional<Long> fileId(long parentId, String name) {
    return files.values().stream().filter(f -> f.parentId == parentId && f.name.equals(name)).map(f -> f.id)
        .findFirst();
  }

  /**
   * Finds a folder by parent and name.
   *
   * @param parentId the parent folder (0 for a root)
   * @param name the name
   * @return the folder id, or empty
   */
  public synchronized Optional<Long> folderId(long parentId, String name) {
    return folders.values().stream().filter(f -> f.parentId == parentId && f.name.equals(name)).map(f -> f.id)
        .findFirst();
  }

  /**
   * Forgets every token issued so far, as if they had all expired: the next call with any of them answers 401
   * {@code Token missing or expired} (a client logs in again). Logins after this issue working tokens.
   *
   * @return this emulator
   */
  public synchronized NetExplorerEmulator expireAllTokens() {
    tokens.clear();
    return this;
  }

  /**
   * The chunk indexes received by chunked uploads, in arrival order (resent chunks appear again).
   *
   * @return a snapshot; never null
   */
  public synchronized List<Integer> receivedChunks() {
    return List.copyOf(chunkLog);
  }

  /**
   * How many writes (create, update, delete, upload) succeeded.
   *
   * @return the count
   */
  public long writes() {
    return writes.get();
  }

  /**
   * How many logins succeeded.
   *
   * @return the count
   */
  public long logins() {
    return logins.get();
  }

  // ---------------------------------------------------------------- dispatch

  @Override
  protected MockResponse handle(EmulatorRequest r) {
    String path = r.path();
    if (!path.startsWith(base + "/")) {
      return error(404, "no such route");
    }
    List<String> seg = new ArrayList<>(r.pathSegments());
    int skip = base.isEmpty() ? 0 : base.substring(1).split("/").length;
    seg = seg.subList(skip, seg.size());
    String m = r.method();
    synchronized (this) {
      if (m.equals("POST") && seg.equals(List.of("auth"))) {
        return login(r);
      }
      if (m.equals("POST") && seg.equals(List.of("reset_password"))) {
        return text(200, "OK");
      }
      if (m.equals("GET") && seg.equals(List.of("file", "download"))) {
        Long id = downloadTokens.get(r.query("token").orElse(""));
        return id == null ? error(401, "invalid download token") : download(r, files.get(id));
      }
      MockResponse pub = publicLinkRoute(r, m, seg);
      if (pub != null) {
        return pub;
      }
      UserRec caller = authenticate(r);
      if (caller == null) {
        return error(401, "Token missing or expired");
      }
      UserRec user = caller;
      Optional<String> asId = r.header("AsId");
      if (asId.isPresent()) {
        user = usersById.get(asId.get());
        if (user == null || !caller.admin) {
          return error(403, "AsId not allowed");
        }
      }
      return route(r, m, seg, user, caller);
    }
  }

  private MockResponse route(EmulatorRequest r, String m, List<String> s, UserRec u, UserRec caller) {
    if (m.equals("GET") && !s.isEmpty() && s.get(0).equals("root") && s.size() >= 2) {
      return json(200, visibleRoots(u).stream().map(f -> folderJson(f, u, 0)).toList());
    }
    if (s.size() >= 3 && s.get(0).equals("file") && s.get(1).equals("tus")) {
      return tusChunk(r, m, s.get(2));
    }
    if (m.equals("GET") && s.size() == 2 && s.get(0).equals("mixer")) {
      for (FileRec f : files.values()) {
        if (("thumb-" + f.id).equals(s.get(1))) {
          return streaming(200, "image/png", 3, () -> new ByteArrayInputStream(new byte[] {1, 2, 3})).build();
        }
      }
      return error(404, "Miniature introuvable");
    }
    if (m.equals("POST") && s.size() >= 3 && s.get(0).equals("token") && !s.get(1).equals("file")) {
      return json(200, Map.of("token", "tk-" + UUID.randomUUID()));
    }
    String k = m + " " + shape(s);
    MockResponse part2 = part2Route(r, k, s, u, caller);
    if (part2 != null) {
      return part2;
    }
    switch (k) {
      case "PUT account": {
        r.json().properties().stream().filter(e -> !e.getKey().endsWith("password"))
            .forEach(e -> u.profile.put(e.getKey(), e.getValue().asText()));
        writes.incrementAndGet();
        return json(200, user(u));
      }
      case "GET account picture":
        return u.picture == null ? error(404, "Pas d'image")
            : streaming(200, "image/png", u.picture.length, () -> new ByteArrayInputStream(u.picture)).build();
      case "POST account picture": {
        for (EmulatorRequest.Part p : r.multipart()) {
          if (p.filename() != null) {
            u.picture = p.content();
          }
        }
        writes.incrementAndGet();
        return text(200, "OK");
      }
      case "DELETE account picture":
        u.picture = null;
        writes.incrementAndGet();
        return text(200, "OK");
      case "GET roots":
        return json(200, visibleRoots(u).stream().map(f -> folderJson(f, u, 0)).toList());
      case "GET folder # timeline": {
        FolderRec f = folders.get(num(s.get(1)));
        if (f == null || !canRead(u, f)) {
          return error(f == null ? 404 : 403, "Dossier introuvable");
        }
        Map<String, Object> m2 = folderJson(f, u, 0);
        m2.put("events", List.of());
        return json(200, m2);
      }
      case "GET file # infos":
        return withFile(u, num(s.get(1)), f -> json(200, Map.of("length", "1")));
      case "GET file # timeline":
        return withFile(u, num(s.get(1)), f -> {
          List<Object> out = new ArrayList<>();
          for (int i = f.versions.size() - 1; i >= 0; i--) {
            Map<String, Object> v = fileJson(f, f.versions.get(i));
            v.put("total_annotations", 0);
            v.put("total_downloads", 0);
            v.put("total_dlinks", 0);
            v.put("total_previews", 0);
            v.put("events", List.of());
            out.add(v);
          }
          return json(200, out);
        });
      case "GET preview #":
        return withFile(u, num(s.get(1)), f -> new MockResponse.Builder().code(200)
            .setHeader("Content-Type", "text/html; charset=utf-8").body("<html><body>" + f.name + "</body></html>")
            .build());
      case "GET quotas": {
        Map<String, Object> q = new LinkedHashMap<>();
        long used = files.values().stream().mapToLong(f -> f.latest().content.length).sum();
        q.put("platform", quota(null, used, null));
        q.put("user", quota(null, used, null));
        if (r.query("folder").isPresent()) {
          q.put("folder", quota(null, 0L, null));
        }
        return json(200, q);
      }
      case "GET path":
        return path(r, u);
      case "GET objectpath":
        return objectPath(r, u);
      case "GET ischildof": {
        FolderRec c = folders.get(Long.parseLong(r.query("child").orElse("0")));
        long parent = Long.parseLong(r.query("parent").orElse("0"));
        return c != null && isBelow(c, parent) ? text(200, "OK") : error(404, "Pas un sous-dossier");
      }
      case "DELETE file cancel": {
        String prefix = r.query("folderId").orElse("") + "/" + r.query("targetFile").orElse("") + "/";
        uploads.keySet().removeIf(key -> key.startsWith(prefix));
        return text(200, "OK");
      }
      case "POST file tus":
        return tusCreate(r, u);
      case "GET zip":
        return zip(r, u);
      case "DELETE auth":
        tokens.remove(bearer(r));
        return new MockResponse.Builder().code(204).build();
      case "GET account":
        return json(200, user(u));
      case "GET folders":
        return json(200, visibleRoots(u).stream().map(f -> folderJson(f, u, depth(r))).toList());
      case "GET folder #":
        return getFolder(r, u, num(s.get(1)));
      case "POST folder":
        return createFolder(r, u);
      case "PUT folder #":
        return updateFolder(r, u, num(s.get(1)));
      case "DELETE folder #":
        return deleteFolder(r, u, num(s.get(1)));
      case "GET file activity":
        return activity(r, u);
      case "GET file #":
        return withFile(u, num(s.get(1)), f -> json(200, fileJson(f, f.latest())));
      case "GET file # versions":
        return withFile(u, num(s.get(1)), f -> {
          List<Object> out = new ArrayList<>();
          for (int i = f.versions.size() - 1; i >= 0; i--) {
            out.add(fileJson(f, f.versions.get(i)));
          }
          return json(200, out);
        });
      case "GET file # download":
        return withFile(u, num(s.get(1)), f -> has(u, folders.get(f.parentId), "download") ? download(r, f)
            : error(403, "Accès refusé"));
      case "POST file upload":
        return upload(r, u);
      case "POST file":
        return createFile(r, u);
      case "PUT file #":
        return updateFile(r, u, num(s.get(1)));
      case "PUT file # upload":
        return withFile(u, num(s.get(1)), f -> {
          MockResponse refused = writeRefused(u, f, "edit");
          if (refused != null) {
            return refused;
          }
          addVersion(f, r.body());
          return json(200, fileJson(f, f.latest()));
        });
      case "DELETE file #":
        return deleteFile(r, u, num(s.get(1)));
      case "POST token file # *": {
        return withFile(u, num(s.get(2)), f -> {
          String t = "dl-" + UUID.randomUUID();
          downloadTokens.put(t, f.id);
          return json(200, Map.of("token", t));
        });
      }
      case "GET trashes":
        return json(200, trashListing(u));
      case "GET trash #":
        return withTrash(u, num(s.get(1)), t -> json(200, trashJson(t)));
      case "PUT trash #":
        return restore(r, u, num(s.get(1)));
      case "DELETE trash #":
        return withTrash(u, num(s.get(1)), t -> {
          trash.remove(t.id);
          writes.incrementAndGet();
          return text(200, "OK");
        });
      case "DELETE trashes":
        trash.values().removeIf(t -> "all".equals(r.query("purge").orElse("")) && caller.admin
            || t.ownerId.equals(u.id));
        writes.incrementAndGet();
        return text(200, "OK");
      default:
        return error(404, "no such route: " + m + " /" + String.join("/", s));
    }
  }

  private static String shape(List<String> s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      String x = s.get(i);
      if (x.matches("-?\\d+")) {
        out.add("#");
      } else if (i == 3 && s.size() == 4 && s.get(0).equals("token")) {
        out.add("*");
      } else {
        out.add(x);
      }
    }
    return String.join(" ", out);
  }

  // ---------------------------------------------------------------- part 2: rights, locks, links, annotations

  /** Routes that work without a session: share-link key lookup, token and download; upload-link key routes. */
  private MockResponse publicLinkRoute(EmulatorRequest r, String m, List<String> s) {
    if (s.size() == 4 && m.equals("POST") && s.get(0).equals("token") && s.get(1).equals("sharelink")
        && s.get(3).equals("download")) {
      return sharelinkToken(r, s.get(2));
    }
    if (s.size() == 3 && m.equals("GET") && s.get(0).equals("sharelink") && s.get(1).equals("download")) {
      return sharelinkDownload(r, s.get(2));
    }
    if (s.size() < 3 || !s.get(1).equals("key") || !(s.get(0).equals("sharelink") || s.get(0).equals("ulink"))) {
      return null;
    }
    boolean upload = s.get(0).equals("ulink");
    Optional<LinkRec> link = linkByKey(upload ? ulinks : sharelinks, s.get(2));
    String what = m + " " + String.join(" ", s.subList(3, s.size()));
    if (!List.of("GET ", "POST passcheck", "POST upload", "POST sms").contains(what)
        || !upload && (what.equals("POST upload") || what.equals("POST sms"))) {
      return null;
    }
    if (link.isEmpty()) {
      return error(404, "Lien introuvable");
    }
    LinkRec l = link.get();
    switch (what) {
      case "GET ":
        return json(200, upload ? ulinkJson(l) : sharelinkJson(l));
      case "POST passcheck": {
        boolean valid = l.password == null || l.password.equals(r.json().path("password").asText(""));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", valid);
        if (valid && !upload) {
          String t = "sl-" + UUID.randomUUID();
          sharelinkTokens.put(t, l.key);
          out.put("access_token", t);
        }
        return json(200, out);
      }
      case "POST sms":
        return text(200, "OK");
      default:
        return ulinkUpload(r, l);
    }
  }

  private MockResponse part2Route(EmulatorRequest r, String k, List<String> s, UserRec u, UserRec caller) {
    switch (k) {
      case "GET rights #": {
        FolderRec f = folders.get(num(s.get(1)));
        MockResponse bad = rightsAdmin(u, caller, f);
        if (bad != null) {
          return bad;
        }
        return json(200, rights.values().stream().filter(x -> x.folderId == f.id).map(this::rightJson).toList());
      }
      case "GET right #":
        return withRight(u, caller, num(s.get(1)), x -> json(200, rightJson(x)));
      case "POST right": {
        FolderRec f = folders.get(r.json().path("folder_id").asLong(-1));
        MockResponse bad = rightsAdmin(u, caller, f);
        if (bad != null) {
          return bad;
        }
        String target = r.json().path("target_id").asText("");
        if (!usersById.containsKey(target)) {
          return error(404, "Utilisateur introuvable");
        }
        RightRec x = rightOf(f.id, target);
        if (x == null) {
          x = new RightRec(ids.incrementAndGet(), f.id, target);
          rights.put(x.id, x);
        }
        x.flags.clear();
        setFlags(x, r);
        writes.incrementAndGet();
        return json(200, rightJson(x));
      }
      case "PUT right #":
        return withRight(u, caller, num(s.get(1)), x -> {
          setFlags(x, r);
          writes.incrementAndGet();
          return json(200, rightJson(x));
        });
      case "DELETE right #":
        return withRight(u, caller, num(s.get(1)), x -> {
          rights.remove(x.id);
          writes.incrementAndGet();
          return text(200, "OK");
        });
      case "GET lock #":
        return withFile(u, num(s.get(1)), f -> json(200, lockJson(f, u)));
      case "PUT lock #":
        return withFile(u, num(s.get(1)), f -> {
          MockResponse locked = lockedFor(u, f);
          if (locked != null) {
            return locked;
          }
          if (!has(u, folders.get(f.parentId), "edit")) {
            return error(403, "Accès refusé");
          }
          locks.put(f.id, new LockRec(u.id, now()));
          writes.incrementAndGet();
          return json(200, lockJson(f, u));
        });
      case "DELETE lock #":
        return withFile(u, num(s.get(1)), f -> {
          MockResponse locked = lockedFor(u, f);
          if (locked != null) {
            return locked;
          }
          if (locks.remove(f.id) != null) {
            writes.incrementAndGet();
          }
          return text(200, "OK");
        });
      case "GET locks #": {
        FolderRec top = folders.get(num(s.get(1)));
        if (top == null || !canRead(u, top)) {
          return error(top == null ? 404 : 403, "Dossier introuvable");
        }
        List<Object> out = new ArrayList<>();
        for (Map.Entry<Long, LockRec> e : new TreeMap<>(locks).entrySet()) {
          FileRec f = files.get(e.getKey());
          FolderRec p = f == null ? null : folders.get(f.parentId);
          if (p != null && (p.id == top.id || isBelow(p, top.id)) && has(u, p, "read")) {
            out.add(lockJson(f, u));
          }
        }
        return paged(r, out);
      }
      case "POST sharelink":
        return withFile(u, r.json().path("file_id").asLong(-1), f -> {
          if (!has(u, folders.get(f.parentId), "share")) {
            return error(403, "Accès refusé");
          }
          return newLink(r, u, f.id, sharelinks, this::sharelinkJson);
        });
      case "GET sharelink #":
        return withLink(sharelinks, u, num(s.get(1)), l -> json(200, sharelinkJson(l)));
      case "PUT sharelink #":
        return withLink(sharelinks, u, num(s.get(1)), l -> {
          MockResponse bad = editLink(r, l, sharelinks);
          return bad != null ? bad : json(200, sharelinkJson(l));
        });
      case "DELETE sharelink #":
        return withLink(sharelinks, u, num(s.get(1)), l -> {
          sharelinks.remove(l.id);
          sharelinkTokens.values().removeIf(l.key::equals);
          writes.incrementAndGet();
          return text(200, "OK");
        });
      case "POST sharelink # passcheck":
        return withLink(sharelinks, u, num(s.get(1)), l -> json(200,
            Map.of("valid", l.password == null || l.password.equals(r.json().path("password").asText("")))));
      case "GET sharelinks":
        return paged(r, sharelinks.values().stream().filter(l -> l.ownerId.equals(u.id)).map(this::sharelinkJson)
            .map(x -> (Object) x).toList());
      case "POST ulink": {
        FolderRec f = folders.get(r.json().path("folder_id").asLong(-1));
        if (f == null || !canRead(u, f)) {
          return error(404, "Dossier introuvable");
        }
        if (!has(u, f, "write") || !has(u, f, "share")) {
          return error(403, "Accès refusé");
        }
        return newLink(r, u, f.id, ulinks, this::ulinkJson);
      }
      case "GET ulink #":
        return withLink(ulinks, u, num(s.get(1)), l -> json(200, ulinkJson(l)));
      case "PUT ulink #":
        return withLink(ulinks, u, num(s.get(1)), l -> {
          if (r.json().has("folder_id")) {
            FolderRec f = folders.get(r.json().get("folder_id").asLong());
            if (f == null || !has(u, f, "write")) {
              return error(f == null ? 404 : 403, "Dossier introuvable");
            }
            l.targetId = f.id;
          }
          MockResponse bad = editLink(r, l, ulinks);
          return bad != null ? bad : json(200, ulinkJson(l));
        });
      case "DELETE ulink #":
        return withLink(ulinks, u, num(s.get(1)), l -> {
          ulinks.remove(l.id);
          writes.incrementAndGet();
          return text(200, "OK");
        });
      case "GET ulinks":
        return paged(r, ulinks.values().stream().filter(l -> l.ownerId.equals(u.id)).map(this::ulinkJson)
            .map(x -> (Object) x).toList());
      case "POST annotation": {
        long target = r.json().path("target_id").asLong(-1);
        String type = r.json().path("target_type").asText("");
        String text = r.json().path("text").asText("");
        if (text.isBlank() || !(type.equals("file") || type.equals("folder"))) {
          return error(400, "target_type (file|folder) et text requis");
        }
        MockResponse bad = annotatable(u, target, type);
        if (bad != null) {
          return bad;
        }
        AnnotationRec a = new AnnotationRec(ids.incrementAndGet(), target, type, u.id, now());
        a.text = text;
        annotations.put(a.id, a);
        writes.incrementAndGet();
        return json(200, annotationJson(a));
      }
      case "GET annotation #":
        return withAnnotation(u, num(s.get(1)), false, a -> json(200, annotationJson(a)));
      case "PUT annotation #":
        return withAnnotation(u, num(s.get(1)), true, a -> {
          String text = r.json().path("text").asText("");
          if (text.isBlank()) {
            return error(400, "text requis");
          }
          a.text = text;
          writes.incrementAndGet();
          return json(200, annotationJson(a));
        });
      case "DELETE annotation #":
        return withAnnotation(u, num(s.get(1)), true, a -> {
          annotations.remove(a.id);
          writes.incrementAndGet();
          return text(200, "OK");
        });
      case "GET annotations # file":
      case "GET annotations # folder": {
        long target = num(s.get(1));
        MockResponse bad = annotatable(u, target, s.get(2));
        if (bad != null) {
          return bad;
        }
        return paged(r, annotations.values().stream().filter(a -> a.targetId == target && a.type.equals(s.get(2)))
            .map(this::annotationJson).map(x -> (Object) x).toList());
      }
      case "GET annotations all":
        return paged(r, annotations.values().stream().filter(a -> annotatable(u, a.targetId, a.type) == null)
            .map(this::annotationJson).map(x -> (Object) x).toList());
      case "PUT annotations all":
        return text(200, "OK");
      default:
        return null;
    }
  }

  /** 423 when another user holds the file's lock, else null. */
  private MockResponse lockedFor(UserRec u, FileRec f) {
    LockRec l = f == null ? null : locks.get(f.id);
    if (l == null || l.userId.equals(u.id)) {
      return null;
    }
    return error(423, "Fichier verrouillé par " + login(l.userId));
  }

  /** 403 without the flag on the file's folder, 423 when another user holds the lock, else null. */
  private MockResponse writeRefused(UserRec u, FileRec f, String flag) {
    if (!has(u, folders.get(f.parentId), flag)) {
      return error(403, "Accès refusé");
    }
    return lockedFor(u, f);
  }

  private String login(String userId) {
    UserRec u = usersById.get(userId);
    return u == null ? userId : u.login;
  }

  private MockResponse paged(EmulatorRequest r, List<Object> all) {
    int offset = r.query("offset").map(Integer::parseInt).orElse(0);
    int limit = r.query("limit").map(Integer::parseInt).orElse(30);
    List<Object> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("offset_start", offset);
    m.put("nb_objets", page.size());
    m.put("nb_total_objects", all.size());
    m.put("objects", page);
    return json(200, m);
  }

  // rights

  private MockResponse rightsAdmin(UserRec u, UserRec caller, FolderRec f) {
    if (f == null) {
      return error(404, "Dossier introuvable");
    }
    return has(u, f, "share") || caller.admin && u == caller ? null : error(403, "Accès refusé");
  }

  private interface RightAction {
    MockResponse apply(RightRec r);
  }

  private MockResponse withRight(UserRec u, UserRec caller, long id, RightAction a) {
    RightRec x = rights.get(id);
    if (x == null) {
      return error(404, "Droit introuvable");
    }
    MockResponse bad = rightsAdmin(u, caller, folders.get(x.folderId));
    return bad != null ? bad : a.apply(x);
  }

  private static void setFlags(RightRec x, EmulatorRequest r) {
    for (String f : RIGHT_FLAGS) {
      if (r.json().has(f)) {
        if (r.json().get(f).asBoolean()) {
          x.flags.add(f);
        } else {
          x.flags.remove(f);
        }
      }
    }
  }

  private Map<String, Object> rightJson(RightRec x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", x.id);
    m.put("folder_id", x.folderId);
    m.put("target_id", x.targetId);
    m.put("target", login(x.targetId));
    for (String f : RIGHT_FLAGS) {
      m.put(f, x.flags.contains(f));
    }
    return m;
  }

  // locks

  private Map<String, Object> lockJson(FileRec f, UserRec u) {
    LockRec l = locks.get(f.id);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", f.guid);
    if (l != null) {
      m.put("owner", login(l.userId));
      m.put("owner_id", l.userId);
    }
    m.put("locked", l != null);
    m.put("writeable", l == null || l.userId.equals(u.id));
    m.put("readable", true);
    if (l != null) {
      m.put("date", iso(l.date));
    }
    return m;
  }

  // share links and upload links

  private Optional<LinkRec> linkByKey(Map<Long, LinkRec> links, String key) {
    return links.values().stream().filter(l -> l.key.equals(key)).findFirst();
  }

  private MockResponse newLink(EmulatorRequest r, UserRec u, long targetId, Map<Long, LinkRec> links,
      java.util.function.Function<LinkRec, Map<String, Object>> view) {
    String key = r.json().path("key").asText("");
    if (key.isBlank()) {
      key = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 13);
    } else if (linkByKey(links, key).isPresent()) {
      return error(403, "Cette clé est déjà utilisée");
    }
    LinkRec l = new LinkRec(ids.incrementAndGet(), key, targetId, u.id);
    MockResponse bad = editLink(r, l, links);
    if (bad != null) {
      return bad;
    }
    links.put(l.id, l);
    return json(200, view.apply(l));
  }

  /** Applies the writable fields of a link body; an error response when the new key is taken. */
  private MockResponse editLink(EmulatorRequest r, LinkRec l, Map<Long, LinkRec> links) {
    com.fasterxml.jackson.databind.JsonNode b = r.json();
    if (b.hasNonNull("key") && !b.get("key").asText().equals(l.key)) {
      if (linkByKey(links, b.get("key").asText()).isPresent()) {
        return error(403, "Cette clé est déjà utilisée");
      }
      l.key = b.get("key").asText();
    }
    if (b.has("password")) {
      l.password = b.get("password").isNull() || b.get("password").asText().isEmpty() ? null
          : b.get("password").asText();
    }
    if (b.has("max_downloads")) {
      l.maxDownloads = b.get("max_downloads").isNull() ? null : b.get("max_downloads").asInt();
    }
    if (b.has("expiration_date")) {
      try {
        l.expiration = b.get("expiration_date").isNull() ? null
            : java.time.OffsetDateTime.parse(b.get("expiration_date").asText()).toInstant();
      } catch (java.time.format.DateTimeParseException e) {
        return error(422, "Date invalide");
      }
    }
    for (String f : List.of("name", "notify", "autoupdate", "only_preview", "force_dl")) {
      if (b.has(f)) {
        l.options.put(f, b.get(f).isBoolean() ? (Object) b.get(f).asBoolean() : b.get(f).asText());
      }
    }
    writes.incrementAndGet();
    return null;
  }

  private interface LinkAction {
    MockResponse apply(LinkRec l);
  }

  private MockResponse withLink(Map<Long, LinkRec> links, UserRec u, long id, LinkAction a) {
    LinkRec l = links.get(id);
    if (l == null || !l.ownerId.equals(u.id)) {
      return error(404, "Lien introuvable");
    }
    return a.apply(l);
  }

  /** Why the link cannot be used now, or null. */
  private String unusable(LinkRec l, boolean upload) {
    if (l.expiration != null && !now().isBefore(l.expiration)) {
      return "Lien expiré";
    }
    if (l.maxDownloads != null && l.downloads >= l.maxDownloads) {
      return "Nombre maximal de téléchargements atteint";
    }
    if (upload ? !folders.containsKey(l.targetId) : !files.containsKey(l.targetId)) {
      return upload ? "Dossier de destination introuvable" : "Fichier introuvable";
    }
    return null;
  }

  private Map<String, Object> sharelinkJson(LinkRec l) {
    FileRec f = files.get(l.targetId);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.id);
    m.put("key", l.key);
    m.put("file_id", l.targetId);
    m.put("file", f == null ? null : f.name);
    m.put("file_size", f == null ? null : f.latest().content.length);
    m.put("files", f == null ? List.of() : List.of(fileJson(f, f.latest())));
    m.put("is_valid", unusable(l, false) == null);
    m.put("expiration_date", l.expiration == null ? null : iso(l.expiration));
    m.put("password_protected", l.password == null ? null : sha1(l.password));
    m.put("remaining_downloads", l.maxDownloads == null ? null : Math.max(0, l.maxDownloads - l.downloads));
    m.put("owner", login(l.ownerId));
    m.put("owner_id", l.ownerId);
    m.put("nb_downloads", l.downloads);
    m.put("max_downloads", l.maxDownloads);
    m.putAll(l.options);
    return m;
  }

  private Map<String, Object> ulinkJson(LinkRec l) {
    FolderRec f = folders.get(l.targetId);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.id);
    m.put("key", l.key);
    m.put("folder", f == null ? null : f.name);
    m.put("folder_id", f == null ? null : f.id);
    m.put("is_valid", unusable(l, true) == null);
    m.put("expiration_date", l.expiration == null ? null : iso(l.expiration));
    m.put("owner", login(l.ownerId));
    m.put("owner_id", l.ownerId);
    m.putAll(l.options);
    return m;
  }

  private MockResponse sharelinkToken(EmulatorRequest r, String key) {
    Optional<LinkRec> link = linkByKey(sharelinks, key);
    if (link.isEmpty()) {
      return error(404, "Lien introuvable");
    }
    LinkRec l = link.get();
    String why = unusable(l, false);
    if (why != null) {
      return error(403, why);
    }
    String given = r.body().length == 0 ? "" : r.json().path("password").asText("");
    if (l.password != null && !l.password.equals(given)) {
      return error(403, "Mot de passe incorrect");
    }
    String t = "sl-" + UUID.randomUUID();
    sharelinkTokens.put(t, l.key);
    return json(200, Map.of("token", t));
  }

  private MockResponse sharelinkDownload(EmulatorRequest r, String key) {
    Optional<LinkRec> link = linkByKey(sharelinks, key);
    if (link.isEmpty()) {
      return error(404, "Lien introuvable");
    }
    LinkRec l = link.get();
    Optional<String> token = r.query("token");
    if (token.isPresent() ? !key.equals(sharelinkTokens.get(token.get())) : l.password != null) {
      return error(403, "Accès refusé");
    }
    String why = unusable(l, false);
    if (why != null) {
      return error(403, why);
    }
    if (r.header("Range").map(x -> x.startsWith("bytes=0-")).orElse(true)) {
      l.downloads++;
    }
    return download(r, files.get(l.targetId));
  }

  private MockResponse ulinkUpload(EmulatorRequest r, LinkRec l) {
    String why = unusable(l, true);
    if (why != null) {
      return error(403, why);
    }
    EmulatorRequest.Part filePart = null;
    String password = "";
    for (EmulatorRequest.Part p : r.multipart()) {
      if ("targetFile".equals(p.name())) {
        filePart = p;
      } else if ("password".equals(p.name())) {
        password = p.text();
      }
    }
    if (l.password != null && !l.password.equals(password)) {
      return error(403, "Mot de passe incorrect");
    }
    if (filePart == null || filePart.filename() == null) {
      return error(400, "targetFile manquant");
    }
    MockResponse bad = checkName(filePart.filename());
    if (bad != null) {
      return bad;
    }
    UserRec owner = usersById.get(l.ownerId);
    Optional<Long> existing = fileId(l.targetId, filePart.filename());
    if (existing.isPresent()) {
      MockResponse locked = lockedFor(owner, files.get(existing.get()));
      if (locked != null) {
        return locked;
      }
    }
    writes.incrementAndGet();
    return json(200, store(l.targetId, filePart.filename(), filePart.content(), owner));
  }

  // annotations

  private MockResponse annotatable(UserRec u, long target, String type) {
    if (type.equals("file")) {
      return withFile(u, target, f -> null);
    }
    FolderRec f = folders.get(target);
    if (f == null) {
      return error(404, "Dossier introuvable");
    }
    return canRead(u, f) ? null : error(403, "Accès refusé");
  }

  private interface AnnotationAction {
    MockResponse apply(AnnotationRec a);
  }

  private MockResponse withAnnotation(UserRec u, long id, boolean write, AnnotationAction action) {
    AnnotationRec a = annotations.get(id);
    if (a == null || annotatable(u, a.targetId, a.type) != null) {
      return error(404, "Annotation introuvable");
    }
    if (write && !a.ownerId.equals(u.id)) {
      return error(403, "Seul l'auteur peut modifier ou supprimer une annotation");
    }
    return action.apply(a);
  }

  private Map<String, Object> annotationJson(AnnotationRec a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id);
    m.put("target_id", a.targetId);
    m.put("target_type", a.type);
    m.put("owner", login(a.ownerId));
    m.put("owner_id", a.ownerId);
    m.put("date", iso(a.date));
    m.put("text", a.text);
    m.put("conversation", null);
    return m;
  }

  private static String sha1(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- auth

  private MockResponse login(EmulatorRequest r) {
    String user = r.json().path("user").asText("");
    String pw = r.json().path("password").asText("");
    UserRec u = usersByLogin.get(user);
    if (u == null || !u.password.equals(pw)) {
      return error(401, "Identifiants invalides");
    }
    String t = UUID.randomUUID().toString().replace("-", "").toUpperCase(java.util.Locale.ROOT);
    tokens.put(t, new TokenRec(u.id, now().plus(tokenLifetime)));
    logins.incrementAndGet();
    return json(200, Map.of("token", t));
  }

  private UserRec authenticate(EmulatorRequest r) {
    String t = bearer(r);
    TokenRec rec = t == null ? null : tokens.get(t);
    if (rec == null) {
      return null;
    }
    if (!now().isBefore(rec.expires)) {
      tokens.remove(t);
      return null;
    }
    return usersById.get(rec.userId);
  }

  private static String bearer(EmulatorRequest r) {
    Optional<String> a = r.header("Authorization");
    if (a.isPresent() && a.get().startsWith("Bearer ")) {
      return a.get().substring(7).trim();
    }
    return r.header("Token").orElse(null);
  }

  // ---------------------------------------------------------------- folders

  /** May the user browse (see) the folder: owner, or the nearest right on it or above it has {@code browse}. */
  private boolean canRead(UserRec u, FolderRec f) {
    return has(u, f, "browse");
  }

  /**
   * The flags the user holds on a folder: all of them for the owner (of it or of a folder above it), else those of
   * the nearest right on the folder or above it (a deeper right overrides), else none.
   */
  private java.util.Set<String> perm(UserRec u, FolderRec f) {
    for (FolderRec c = f; c != null; c = folders.get(c.parentId)) {
      if (c.ownerId.equals(u.id)) {
        return RIGHT_FLAGS;
      }
      RightRec r = rightOf(c.id, u.id);
      if (r != null) {
        return r.flags;
      }
      if (c.parentId == 0) {
        break;
      }
    }
    return java.util.Set.of();
  }

  private boolean has(UserRec u, FolderRec f, String flag) {
    return f != null && perm(u, f).contains(flag);
  }

  private RightRec rightOf(long folderId, String userId) {
    for (RightRec r : rights.values()) {
      if (r.folderId == folderId && r.targetId.equals(userId)) {
        return r;
      }
    }
    return null;
  }

  /** The user's roots, then the topmost folders shared with the user (browse right, parent not visible). */
  private List<FolderRec> visibleRoots(UserRec u) {
    List<FolderRec> out = new ArrayList<>();
    for (Long id : u.roots) {
      if (folders.containsKey(id)) {
        out.add(folders.get(id));
      }
    }
    for (FolderRec f : folders.values()) {
      if (!out.contains(f) && !f.ownerId.equals(u.id) && canRead(u, f)
          && (f.parentId == 0 || !canRead(u, folders.get(f.parentId)))) {
        out.add(f);
      }
    }
    return out;
  }

  private MockResponse getFolder(EmulatorRequest r, UserRec u, long id) {
    FolderRec f = folders.get(id);
    if (f == null) {
      return error(404, "Dossier introuvable");
    }
    if (!canRead(u, f)) {
      return error(403, "Accès refusé");
    }
    Optional<String> search = r.query("search");
    if (search.isPresent()) {
      String term = search.get().toLowerCase(java.util.Locale.ROOT);
      List<Object> fo = new ArrayList<>();
      List<Object> fi = new ArrayList<>();
      for (FolderRec c : folders.values()) {
        if (c.id != id && isBelow(c, id) && c.name.toLowerCase(java.util.Locale.ROOT).contains(term)) {
          fo.add(folderJson(c, u, 0));
        }
      }
      for (FileRec c : files.values()) {
        FolderRec p = folders.get(c.parentId);
        if (p != null && (p.id == id || isBelow(p, id)) && c.name.toLowerCase(java.util.Locale.ROOT).contains(term)) {
          fi.add(fileJson(c, c.latest()));
        }
      }
      return json(200, Map.of("folders", fo, "files", fi));
    }
    return json(200, folderJson(f, u, depth(r)));
  }

  private boolean isBelow(FolderRec f, long ancestor) {
    for (FolderRec c = folders.get(f.parentId); c != null; c = folders.get(c.parentId)) {
      if (c.id == ancestor) {
        return true;
      }
      if (c.parentId == 0) {
        break;
      }
    }
    return false;
  }

  private static int depth(EmulatorRequest r) {
    return r.query("depth").map(Integer::parseInt).orElse(0);
  }

  private Map<String, Object> folderJson(FolderRec f, UserRec u, int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    java.util.Set<String> p = perm(u, f);
    m.put("id", f.id);
    m.put("name", f.name);
    m.put("parent_id", f.parentId);
    m.put("can_read", p.contains("read"));
    m.put("can_download", p.contains("download"));
    m.put("can_write", p.contains("write"));
    m.put("can_edit", p.contains("edit"));
    m.put("can_delete", p.contains("delete"));
    m.put("can_share", p.contains("share"));
    m.put("creation", iso(f.created));
    m.put("modification", iso(f.created));
    m.put("owner", usersById.containsKey(f.ownerId) ? usersById.get(f.ownerId).login : "");
    m.put("owner_id", f.ownerId);
    if (depth != 0) {
      List<Object> fo = new ArrayList<>();
      List<Object> fi = new ArrayList<>();
      for (FolderRec c : folders.values()) {
        if (c.parentId == f.id && canRead(u, c)) {
          fo.add(folderJson(c, u, depth < 0 ? depth : depth - 1));
        }
      }
      for (FileRec c : files.values()) {
        if (c.parentId == f.id && p.contains("read")) {
          fi.add(fileJson(c, c.latest()));
        }
      }
      m.put("content", Map.of("files", fi, "folders", fo));
    }
    return m;
  }

  private MockResponse createFolder(EmulatorRequest r, UserRec u) {
    String name = r.json().path("name").asText("");
    long parent = r.json().path("parent_id").asLong(-1);
    MockResponse bad = checkName(name);
    if (bad != null) {
      return bad;
    }
    FolderRec p = folders.get(parent);
    if (p == null) {
      return error(parent == 0 && !u.admin ? 403 : 404, "Dossier parent introuvable");
    }
    if (!has(u, p, "write")) {
      return error(403, "Accès refusé");
    }
    if (folders.values().stream().anyMatch(c -> c.parentId == parent && c.name.equals(name))) {
      return error(403, "Un élément du même nom existe déjà. Veuillez saisir un nom différent.");
    }
    long id = ids.incrementAndGet();
    addFolder(id, name, parent, u.id);
    writes.incrementAndGet();
    return json(200, folderJson(folders.get(id), u, 0));
  }

  private MockResponse updateFolder(EmulatorRequest r, UserRec u, long id) {
    FolderRec f = folders.get(id);
    if (f == null) {
      return error(404, "Dossier introuvable");
    }
    if (!f.ownerId.equals(u.id)) {
      return error(403, "Accès refusé");
    }
    if (r.json().has("name")) {
      MockResponse bad = checkName(r.json().get("name").asText());
      if (bad != null) {
        return bad;
      }
      f.name = r.json().get("name").asText();
    }
    if (r.json().has("parent_id")) {
      long p = r.json().get("parent_id").asLong();
      if (!folders.containsKey(p) || p == id) {
        return error(404, "Dossier parent introuvable");
      }
      f.parentId = p;
    }
    writes.incrementAndGet();
    return json(200, folderJson(f, u, 0));
  }

  private MockResponse deleteFolder(EmulatorRequest r, UserRec u, long id) {
    FolderRec f = folders.get(id);
    if (f == null) {
      return error(404, "Dossier introuvable");
    }
    if (!f.ownerId.equals(u.id) || f.parentId == 0) {
      return error(403, "Accès refusé");
    }
    folders.remove(id);
    if (!"0".equals(r.query("trash").orElse("1"))) {
      long tid = ids.incrementAndGet();
      trash.put(tid, new TrashRec(tid, false, f, null, u.id, now()));
    }
    writes.incrementAndGet();
    return text(200, "OK");
  }

  private static MockResponse checkName(String name) {
    if (name == null || name.isEmpty() || name.length() > 200 || !name.equals(name.strip())
        || name.matches(".*[\\\\/:*?\"<>|].*")) {
      return error(422, "Nom invalide");
    }
    return null;
  }

  // ---------------------------------------------------------------- files

  private interface FileAction {
    MockResponse apply(FileRec f);
  }

  private MockResponse withFile(UserRec u, long id, FileAction action) {
    FileRec f = files.get(id);
    if (f == null) {
      for (FileRec c : files.values()) {
        if (c.versions.stream().anyMatch(v -> v.id == id)) {
          f = c;
        }
      }
    }
    if (f == null) {
      return error(404, "Fichier introuvable");
    }
    FolderRec p = folders.get(f.parentId);
    if (!has(u, p, "read")) {
      return error(403, "Accès refusé");
    }
    return action.apply(f);
  }

  private Map<String, Object> fileJson(FileRec f, Version v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id == f.versions.get(0).id ? f.id : v.id);
    m.put("guid", f.guid);
    m.put("name", f.name);
    m.put("parent_id", f.parentId);
    m.put("creation", iso(v.created));
    m.put("modification", iso(f.latest().created));
    m.put("can_download", true);
    m.put("can_write", true);
    m.put("can_edit", true);
    m.put("can_delete", true);
    m.put("can_share", true);
    m.put("owner_id", f.ownerId);
    if (!v.hashHidden) {
      m.put("hash", v.md5);
    }
    m.put("size", v.content.length);
    m.put("lock", null);
    if (f.versions.size() > 1) {
      m.put("nb_versions", f.versions.size());
    }
    m.put("thumb_token", "thumb-" + f.id);
    return m;
  }

  private MockResponse activity(EmulatorRequest r, UserRec u) {
    int offset = r.query("offset").map(Integer::parseInt).orElse(0);
    int limit = r.query("limit").map(Integer::parseInt).orElse(30);
    List<FileRec> mine = files.values().stream().filter(f -> {
      FolderRec p = folders.get(f.parentId);
      return has(u, p, "read");
    }).toList();
    List<Object> page = new ArrayList<>();
    for (int i = offset; i < Math.min(mine.size(), offset + limit); i++) {
      page.add(fileJson(mine.get(i), mine.get(i).latest()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("offset_start", offset);
    // the document spells the count both ways: alternate so clients must take both
    m.put((offset / Math.max(1, limit)) % 2 == 0 ? "nb_objets" : "nb_objects", page.size());
    m.put("nb_total_objects", mine.size());
    m.put("objects", page);
    return json(200, m);
  }

  private MockResponse createFile(EmulatorRequest r, UserRec u) {
    String name = r.json().path("name").asText("");
    long parent = r.json().path("parent_id").asLong(-1);
    MockResponse bad = checkName(name);
    if (bad != null) {
      return bad;
    }
    FolderRec p = folders.get(parent);
    if (p == null) {
      return error(404, "Dossier introuvable");
    }
    if (!has(u, p, "write")) {
      return error(403, "Accès refusé");
    }
    long id = addFile(parent, name, new byte[0]);
    writes.incrementAndGet();
    FileRec f = files.get(id);
    return json(200, fileJson(f, f.latest()));
  }

  private MockResponse updateFile(EmulatorRequest r, UserRec u, long id) {
    return withFile(u, id, f -> {
      MockResponse refused = writeRefused(u, f, "edit");
      if (refused != null) {
        return refused;
      }
      if (r.json().has("name")) {
        MockResponse bad = checkName(r.json().get("name").asText());
        if (bad != null) {
          return bad;
        }
        f.name = r.json().get("name").asText();
      }
      if (r.json().has("parent_id")) {
        long p = r.json().get("parent_id").asLong();
        if (!folders.containsKey(p)) {
          return error(404, "Dossier introuvable");
        }
        if (!has(u, folders.get(p), "write")) {
          return error(403, "Accès refusé");
        }
        f.parentId = p;
      }
      writes.incrementAndGet();
      return json(200, fileJson(f, f.latest()));
    });
  }

  private MockResponse deleteFile(EmulatorRequest r, UserRec u, long id) {
    return withFile(u, id, f -> {
      MockResponse refused = writeRefused(u, f, "delete");
      if (refused != null) {
        return refused;
      }
      String versions = r.query("versions").orElse("all");
      boolean toTrash = !"0".equals(r.query("trash").orElse("1"));
      if (!versions.equals("all") && f.versions.size() > 1) {
        if (versions.equals("none")) {
          f.versions.remove(f.versions.size() - 1);
        } else {
          Version keep = f.versions.get(0);
          f.versions.clear();
          f.versions.add(keep);
        }
      } else {
        files.remove(f.id);
        locks.remove(f.id);
        if (toTrash) {
          long tid = ids.incrementAndGet();
          trash.put(tid, new TrashRec(tid, true, null, f, u.id, now()));
        }
      }
      writes.incrementAndGet();
      return text(200, "OK");
    });
  }

  private void addVersion(FileRec f, byte[] content) {
    long vid = ids.incrementAndGet();
    Version v = new Version(vid, content, md5(content), now());
    v.hashHidden = !hashAfterUpload;
    f.versions.add(v);
    writes.incrementAndGet();
  }

  private MockResponse download(EmulatorRequest r, FileRec f) {
    if (f == null) {
      return error(404, "Fichier introuvable");
    }
    Version v = f.latest();
    byte[] content = v.content;
    v.hashHidden = false;
    long start = 0;
    long end = content.length - 1L;
    int code = 200;
    Optional<String> range = r.header("Range");
    if (range.isPresent() && range.get().startsWith("bytes=")) {
      String[] p = range.get().substring(6).split("-", -1);
      start = Long.parseLong(p[0]);
      if (p.length > 1 && !p[1].isEmpty()) {
        end = Math.min(end, Long.parseLong(p[1]));
      }
      if (start > end) {
        return new MockResponse.Builder().code(416).setHeader("Content-Range", "bytes */" + content.length).build();
      }
      code = 206;
    }
    long len = end - start + 1;
    final int from = (int) start;
    MockResponse.Builder b = streaming(code, "application/octet-stream", len,
        () -> new ByteArrayInputStream(content, from, (int) len))
        .setHeader("Content-Disposition", "attachment; filename=\"" + f.name.replace("\"", "") + "\"")
        .setHeader("Accept-Ranges", "bytes");
    if (code == 206) {
      b.setHeader("Content-Range", "bytes " + start + "-" + end + "/" + content.length);
    }
    if (dropDownloads > 0) {
      dropDownloads--;
      b.onResponseBody(new SocketEffect.CloseSocket(true, true, true));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- upload

  private MockResponse upload(EmulatorRequest r, UserRec u) {
    Map<String, String> fields = new HashMap<>();
    EmulatorRequest.Part filePart = null;
    for (EmulatorRequest.Part p : r.multipart()) {
      if ("targetFile".equals(p.name())) {
        filePart = p;
      } else if (p.name() != null) {
        fields.put(p.name(), p.text());
      }
    }
    long folderId = Long.parseLong(fields.getOrDefault("folderId", "0"));
    FolderRec folder = folders.get(folderId);
    if (folderId == 0 || folder == null) {
      return error(folderId == 0 ? 403 : 404, "Dossier introuvable");
    }
    if (filePart == null || filePart.filename() == null) {
      return error(400, "targetFile manquant");
    }
    String name = filePart.filename();
    MockResponse bad = checkName(name);
    if (bad != null) {
      return bad;
    }
    Optional<Long> existing = fileId(folderId, name);
    if (!has(u, folder, existing.isPresent() ? "edit" : "write")) {
      return error(403, "Accès refusé");
    }
    if (existing.isPresent()) {
      MockResponse locked = lockedFor(u, files.get(existing.get()));
      if (locked != null) {
        return locked;
      }
    }
    if (!fields.containsKey("chunks")) {
      writes.incrementAndGet();
      return json(200, store(folderId, name, filePart.content(), u));
    }
    int chunks = Integer.parseInt(fields.get("chunks"));
    long fileSize = Long.parseLong(fields.get("fileSize"));
    String key = folderId + "/" + name + "/" + fileSize;
    ChunkRec up = uploads.computeIfAbsent(key, x -> new ChunkRec(chunks, fileSize));
    if (fields.containsKey("report") && !fields.containsKey("chunk")) {
      return completeOrReport(key, up, folderId, name, u);
    }
    int chunk = Integer.parseInt(fields.get("chunk"));
    if (chunk < 0 || chunk >= chunks) {
      return error(422, "chunk hors limites");
    }
    up.parts.put(chunk, filePart.content());
    chunkLog.add(chunk);
    if (chunk == chunks - 1 || fields.containsKey("report")) {
      return completeOrReport(key, up, folderId, name, u);
    }
    return text(200, "OK");
  }

  private MockResponse completeOrReport(String key, ChunkRec up, long folderId, String name, UserRec u) {
    for (int i = 0; i < up.chunks; i++) {
      if (!up.parts.containsKey(i)) {
        return json(200, List.of(Map.of("missing", i)));
      }
    }
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < up.chunks; i++) {
      all.writeBytes(up.parts.get(i));
    }
    uploads.remove(key);
    if (all.size() != up.fileSize) {
      return error(422, "taille incohérente");
    }
    writes.incrementAndGet();
    return json(200, store(folderId, name, all.toByteArray(), u));
  }

  private Map<String, Object> store(long folderId, String name, byte[] content, UserRec u) {
    Optional<Long> existing = fileId(folderId, name);
    FileRec f;
    if (existing.isPresent()) {
      f = files.get(existing.get());
      addVersion(f, content);
    } else {
      long id = addFile(folderId, name, content);
      f = files.get(id);
      f.ownerId = u.id;
      f.latest().hashHidden = !hashAfterUpload;
    }
    return fileJson(f, f.latest());
  }

  // ---------------------------------------------------------------- trash

  private interface TrashAction {
    MockResponse apply(TrashRec t);
  }

  private MockResponse withTrash(UserRec u, long id, TrashAction a) {
    TrashRec t = trash.get(id);
    if (t == null || !t.ownerId.equals(u.id)) {
      return error(404, "Élément introuvable");
    }
    return a.apply(t);
  }

  private Map<String, Object> trashListing(UserRec u) {
    List<Object> fo = new ArrayList<>();
    List<Object> fi = new ArrayList<>();
    for (TrashRec t : trash.values()) {
      if (t.ownerId.equals(u.id)) {
        (t.isFile ? fi : fo).add(trashJson(t));
      }
    }
    return Map.of("folders", fo, "files", fi);
  }

  private Map<String, Object> trashJson(TrashRec t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id);
    m.put("name", t.isFile ? t.file.name : t.folder.name);
    m.put("is_file", t.isFile);
    m.put("deletion", iso(t.deleted).replace("+00:00", "+0000"));
    m.put("owner_id", t.ownerId);
    m.put("size", t.isFile ? t.file.latest().content.length : 0);
    return m;
  }

  private MockResponse restore(EmulatorRequest r, UserRec u, long id) {
    return withTrash(u, id, t -> {
      long folderId = r.json().path("folder_id").asLong(-1);
      FolderRec target = folders.get(folderId);
      if (target == null) {
        return error(404, "Dossier introuvable");
      }
      trash.remove(id);
      writes.incrementAndGet();
      if (t.isFile) {
        t.file.parentId = folderId;
        files.put(t.file.id, t.file);
        return json(200, fileJson(t.file, t.file.latest()));
      }
      t.folder.parentId = folderId;
      folders.put(t.folder.id, t.folder);
      return json(200, folderJson(t.folder, u, 0));
    });
  }

  // ---------------------------------------------------------------- sync helpers, zip, tus

  private static Map<String, Object> quota(Long limit, Long used, Long folder) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quota", limit);
    m.put("used", used);
    if (folder != null) {
      m.put("folder", folder);
    }
    return m;
  }

  private String namePath(long folderId) {
    List<String> names = new ArrayList<>();
    for (FolderRec c = folders.get(folderId); c != null; c = folders.get(c.parentId)) {
      names.add(0, c.name);
      if (c.parentId == 0) {
        break;
      }
    }
    return String.join("/", names) + "/";
  }

  private MockResponse path(EmulatorRequest r, UserRec u) {
    if (r.query("folder").isPresent()) {
      FolderRec f = folders.get(Long.parseLong(r.query("folder").get()));
      return f == null || !canRead(u, f) ? error(404, "Dossier introuvable") : json(200, Map.of("object", namePath(f.id)));
    }
    return withFile(u, Long.parseLong(r.query("file").orElse("0")),
        f -> json(200, Map.of("object", namePath(f.parentId) + f.name)));
  }

  private MockResponse objectPath(EmulatorRequest r, UserRec u) {
    String p = r.query("path").orElse("");
    for (FolderRec f : folders.values()) {
      if (namePath(f.id).equals(p.endsWith("/") ? p : p + "/") && canRead(u, f)) {
        if (p.endsWith("/")) {
          return json(200, Map.of("object", folderJson(f, u, 0)));
        }
      }
    }
    for (FileRec f : files.values()) {
      if ((namePath(f.parentId) + f.name).equals(p)) {
        return withFile(u, f.id, x -> json(200, Map.of("object", fileJson(x, x.latest()))));
      }
    }
    return error(404, "Objet introuvable");
  }

  private MockResponse zip(EmulatorRequest r, UserRec u) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
      for (String id : r.query("files").orElse("").split(",")) {
        if (id.isBlank()) {
          continue;
        }
        FileRec f = files.get(Long.parseLong(id.trim()));
        if (f == null || !has(u, folders.get(f.parentId), "read")) {
          return error(404, "Fichier introuvable");
        }
        z.putNextEntry(new java.util.zip.ZipEntry(f.name));
        z.write(f.latest().content);
        z.closeEntry();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    byte[] b = bytes.toByteArray();
    return streaming(200, "application/zip", b.length, () -> new ByteArrayInputStream(b))
        .setHeader("Content-Disposition", "attachment; filename=\"archive.zip\"").build();
  }

  private MockResponse tusCreate(EmulatorRequest r, UserRec u) {
    long length = Long.parseLong(r.header("Upload-Length").orElse("-1"));
    Map<String, String> meta = new HashMap<>();
    for (String pair : r.header("Upload-Metadata").orElse("").split(",")) {
      String[] kv = pair.trim().split(" ");
      if (kv.length == 2) {
        meta.put(kv[0], new String(java.util.Base64.getDecoder().decode(kv[1]), StandardCharsets.UTF_8));
      }
    }
    long folderId = Long.parseLong(meta.getOrDefault("folderId", "0"));
    if (length < 0 || !folders.containsKey(folderId) || !meta.containsKey("filename")) {
      return error(400, "Upload-Length, filename et folderId requis");
    }
    String id = UUID.randomUUID().toString().replace("-", "");
    tus.put(id, new TusRec(folderId, meta.get("filename"), length, u.id));
    return new MockResponse.Builder().code(201).setHeader("Tus-Resumable", "1.0.0")
        .setHeader("Location", base + "/file/tus/" + id).build();
  }

  private MockResponse tusChunk(EmulatorRequest r, String m, String id) {
    TusRec t = tus.get(id);
    if (t == null) {
      return error(404, "Upload introuvable");
    }
    if (m.equals("HEAD")) {
      return new MockResponse.Builder().code(200).setHeader("Upload-Offset", Long.toString(t.data.size()))
          .setHeader("Upload-Length", Long.toString(t.length)).build();
    }
    if (!m.equals("PATCH")) {
      return error(405, "Méthode non supportée");
    }
    long offset = Long.parseLong(r.header("Upload-Offset").orElse("-1"));
    if (offset != t.data.size()) {
      return error(409, "Upload-Offset " + offset + " != " + t.data.size());
    }
    t.data.writeBytes(r.body());
    if (t.data.size() >= t.length) {
      tus.remove(id);
      writes.incrementAndGet();
      store(t.folderId, t.name, t.data.toByteArray(), usersById.get(t.userId));
    }
    return new MockResponse.Builder().code(204).setHeader("Tus-Resumable", "1.0.0")
        .setHeader("Upload-Offset", Long.toString(t.data.size())).build();
  }

  // ---------------------------------------------------------------- helpers

  private Map<String, Object> user(UserRec u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", u.id);
    m.put("login", u.login);
    m.put("firstname", u.login);
    m.put("lastname", "");
    m.put("email", u.login + "@example.test");
    m.put("roots", u.roots);
    m.put("active", true);
    m.put("language", "fr");
    m.put("current_language", "fr");
    m.put("quota", null);
    m.put("expire", null);
    m.put("can_admin", u.admin);
    m.putAll(u.profile);
    return m;
  }

  private FolderRec folder(long id) {
    FolderRec f = folders.get(id);
    if (f == null) {
      throw new IllegalArgumentException("no folder " + id);
    }
    return f;
  }

  private Instant now() {
    return clock().instant();
  }

  private static String iso(Instant i) {
    return i.atOffset(ZoneOffset.UTC).withNano(0).toString().replace("Z", "+00:00");
  }

  private static long num(String s) {
    return Long.parseLong(s);
  }

  private static MockResponse error(int status, String message) {
    return json(status, Map.of("error", message));
  }

  static String md5(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class UserRec {
    final String id;
    final String login;
    final String password;
    final boolean admin;
    final List<Long> roots = new ArrayList<>();
    final Map<String, Object> profile = new LinkedHashMap<>();
    byte[] picture;

    UserRec(String id, String login, String password, boolean admin) {
      this.id = id;
      this.login = login;
      this.password = password;
      this.admin = admin;
    }
  }

  private record TokenRec(String userId, Instant expires) { }

  private final class FolderRec {
    final long id;
    String name;
    long parentId;
    final String ownerId;
    final Instant created = now();

    FolderRec(long id, String name, long parentId, String ownerId) {
      this.id = id;
      this.name = name;
      this.parentId = parentId;
      this.ownerId = ownerId;
    }
  }

  private static final class FileRec {
    final long id;
    final String guid;
    String name;
    long parentId;
    String ownerId;
    final List<Version> versions = new ArrayList<>();

    FileRec(long id, String guid, String name, long parentId, String ownerId) {
      this.id = id;
      this.guid = guid;
      this.name = name;
      this.parentId = parentId;
      this.ownerId = ownerId;
    }

    Version latest() {
      return versions.get(versions.size() - 1);
    }
  }

  private static final class Version {
    final long id;
    final byte[] content;
    final String md5;
    final Instant created;
    boolean hashHidden;

    Version(long id, byte[] content, String md5, Instant created) {
      this.id = id;
      this.content = content;
      this.md5 = md5;
      this.created = created;
    }
  }

  private record TrashRec(long id, boolean isFile, FolderRec folder, FileRec file, String ownerId, Instant deleted) { }

  private static final class TusRec {
    final long folderId;
    final String name;
    final long length;
    final String userId;
    final java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();

    TusRec(long folderId, String name, long length, String userId) {
      this.folderId = folderId;
      this.name = name;
      this.length = length;
      this.userId = userId;
    }
  }

  private static final class ChunkRec {
    final int chunks;
    final long fileSize;
    final Map<Integer, byte[]> parts = new HashMap<>();

    ChunkRec(int chunks, long fileSize) {
      this.chunks = chunks;
      this.fileSize = fileSize;
    }
  }

  private static final java.util.Set<String> RIGHT_FLAGS = java.util.Collections.unmodifiableSet(
      new java.util.LinkedHashSet<>(List.of("browse", "read", "download", "write", "edit", "delete", "share")));

  private static final class RightRec {
    final long id;
    final long folderId;
    final String targetId;
    final java.util.Set<String> flags = new java.util.LinkedHashSet<>();

    RightRec(long id, long folderId, String targetId) {
      this.id = id;
      this.folderId = folderId;
      this.targetId = targetId;
    }
  }

  private record LockRec(String userId, Instant date) { }

  /** A share link (target = file) or an upload link (target = folder). */
  private static final class LinkRec {
    final long id;
    String key;
    long targetId;
    final String ownerId;
    String password;
    Integer maxDownloads;
    Instant expiration;
    int downloads;
    final Map<String, Object> options = new LinkedHashMap<>();

    LinkRec(long id, String key, long targetId, String ownerId) {
      this.id = id;
      this.key = key;
      this.targetId = targetId;
      this.ownerId = ownerId;
    }
  }

  private static final class AnnotationRec {
    final long id;
    final long targetId;
    final String type;
    final String ownerId;
    final Instant date;
    String text;

    AnnotationRec(long id, long targetId, String type, String ownerId, Instant date) {
      this.id = id;
      this.targetId = targetId;
      this.type = type;
      this.ownerId = ownerId;
      this.date = date;
    }
  }
}
