package org.gedkit.testkit.parapheur;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.gedkit.testkit.EmulatorRequest;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.parapheur.ParapheurArchives.Malice;

/**
 * An in-process Maarch Parapheur (21.03 behaviour, 20.03 dates on request) serving the routes Gedkit
 * uses: {@code POST /rest/authenticate}, {@code GET /rest/authenticate/token},
 * {@code GET /rest/documents/{id}/history} (JSON or XML) and {@code GET /rest/documents/{id}/proof}
 * (PDF, XML or ZIP, in base64 or stream mode), with the real server's quirks: HTTP Basic for every user
 * and tokens for web users only, {@code {"errors": "..."}} bodies, 400 for a missing document,
 * {@code onlyProof} read with PHP truthiness ({@code "false"} is true), the base64 key
 * {@code encodedProofDocument} with {@code format}, the ZIP streamed as {@code application/xml}.
 *
 * <pre>{@code
 * try (ParapheurEmulator emu = ParapheurEmulator.withSampleData().start()) {
 *   // point a client at emu.baseUrl() with SAMPLE_REST_LOGIN / SAMPLE_REST_PASSWORD
 * }
 * }</pre>
 *
 * <p>Thread-safe. Counts logins, refreshes and the {@code VIEW} history rows that reading adds.
 */
public final class ParapheurEmulator extends EmulatorServer {

  /** How history dates are written. */
  public enum DateStyle {
    /** {@code dd-MM-yyyy HH:mm}, as 20.03 servers and the vendor document. */
    LEGACY_20_03,
    /** ISO-8601 with offset, as 21.03 servers. */
    ISO_21_03
  }

  /** The REST user of the sample data (Basic only). */
  public static final String SAMPLE_REST_LOGIN = "rest-api";
  /** Its password. */
  public static final String SAMPLE_REST_PASSWORD = "secret";
  /** The web user of the sample data (Basic or token). */
  public static final String SAMPLE_WEB_LOGIN = "jjane";
  /** Its password. */
  public static final String SAMPLE_WEB_PASSWORD = "maarch";
  /** A document signed with an eIDAS signature: its proof alone is a PDF. */
  public static final long DOC_EIDAS = 250;
  /** A document signed without eIDAS: its proof alone is XML. */
  public static final long DOC_SIGNED = 251;
  /** A document only user 2 may see: out of perimeter for the sample users. */
  public static final long DOC_OUT_OF_PERIMETER = 252;
  /** A document whose workflow is still running: no proof yet. */
  public static final long DOC_PROCESSING = 253;
  /** A document whose folder archive is a zip-slip. */
  public static final long DOC_ZIP_SLIP = 666;
  /** A document whose folder archive is a zip bomb. */
  public static final long DOC_ZIP_BOMB = 667;
  /** A document whose main document no longer matches the fingerprint in its history. */
  public static final long DOC_TAMPERED = 668;

  private static final String CERTIFICATE = "subject=C = FR, O = Gedkit, CN = Parapheur Emulator\n\n"
      + "issuer=C = FR, O = Gedkit, CN = Parapheur Emulator\n\n-----BEGIN CERTIFICATE-----\nTUlJ\n"
      + "-----END CERTIFICATE-----\n\n";

  private final Object lock = new Object();
  private final Map<Long, User> users = new LinkedHashMap<>();
  private final Map<Long, Doc> documents = new LinkedHashMap<>();
  private final Map<String, Issued> tokens = new HashMap<>();
  private final Map<String, Issued> refreshTokens = new HashMap<>();
  private final AtomicLong logins = new AtomicLong();
  private final AtomicLong refreshes = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong tokenSerial = new AtomicLong();
  private volatile DateStyle dateStyle = DateStyle.ISO_21_03;
  private volatile ZoneId zone = ZoneOffset.UTC;
  private volatile Duration tokenLifetime = Duration.ofMinutes(30);
  private volatile Duration refreshLifetime = Duration.ofMinutes(60);

  private record User(long id, String login, String password, boolean rest, String firstname, String lastname) {
    String email() {
      return login + "@example.org";
    }
  }

  private record Issued(long userId, Instant expires) {}

  private record Event(String code, String type, long userId, String ip, Instant at, String message,
      Map<String, Object> data, boolean signature) {}

  private static final class Doc {
    final long id;
    final String title;
    byte[] main;
    String fingerprint;
    byte[] eidasProof;
    final List<byte[]> attachments = new ArrayList<>();
    final Set<Long> allowed = new LinkedHashSet<>();
    final List<Event> events = new ArrayList<>();
    boolean processing;
    Malice malice;
    long views;

    Doc(long id, String title) {
      this.id = id;
      this.title = title;
    }
  }

  /** An emulator with no users and no documents, on its own clock. */
  public ParapheurEmulator() {
    this(MutableClock.startingNow());
  }

  /**
   * An emulator with no users and no documents.
   *
   * @param clock the clock tokens expire and history is dated on
   */
  public ParapheurEmulator(MutableClock clock) {
    super(clock);
  }

  /**
   * An emulator with the sample users ({@link #SAMPLE_REST_LOGIN} id 10, {@link #SAMPLE_WEB_LOGIN} id 1,
   * {@code ccornillac} id 2) and documents ({@link #DOC_EIDAS}, {@link #DOC_SIGNED},
   * {@link #DOC_OUT_OF_PERIMETER}, {@link #DOC_PROCESSING}, {@link #DOC_ZIP_SLIP}, {@link #DOC_ZIP_BOMB},
   * {@link #DOC_TAMPERED}).
   *
   * @return the emulator, not started; never null
   */
  public static ParapheurEmulator withSampleData() {
    ParapheurEmulator e = new ParapheurEmulator();
    e.addUser(1, SAMPLE_WEB_LOGIN, SAMPLE_WEB_PASSWORD, false, "Jenny", "JANE");
    e.addUser(2, "ccornillac", "maarch", false, "Clovis", "CORNILLAC");
    e.addUser(10, SAMPLE_REST_LOGIN, SAMPLE_REST_PASSWORD, true, "Rest", "API");
    e.addDocument(DOC_EIDAS, "contrat-eidas", 2);
    e.addAttachment(DOC_EIDAS, 2, "%PDF-1.4\nsummarySheet\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    e.sign(DOC_EIDAS, 1, true);
    e.addDocument(DOC_SIGNED, "courrier-simple", 2);
    e.sign(DOC_SIGNED, 1, false);
    e.addDocument(DOC_OUT_OF_PERIMETER, "confidentiel", 2);
    e.restrictTo(DOC_OUT_OF_PERIMETER, 2);
    e.addDocument(DOC_PROCESSING, "en-cours", 2);
    e.setProcessing(DOC_PROCESSING, true);
    e.addDocument(DOC_ZIP_SLIP, "piege-zip-slip", 2);
    e.sign(DOC_ZIP_SLIP, 1, false);
    e.setMaliciousProof(DOC_ZIP_SLIP, Malice.ZIP_SLIP);
    e.addDocument(DOC_ZIP_BOMB, "piege-zip-bomb", 2);
    e.sign(DOC_ZIP_BOMB, 1, false);
    e.setMaliciousProof(DOC_ZIP_BOMB, Malice.ZIP_BOMB);
    e.addDocument(DOC_TAMPERED, "altere", 2);
    e.sign(DOC_TAMPERED, 1, false);
    e.tamperMainDocument(DOC_TAMPERED);
    return e;
  }

  // ---------------------------------------------------------------- configuration

  /**
   * Adds a user.
   *
   * @param id the id
   * @param login the login
   * @param password the password
   * @param restUser true for a REST user (HTTP Basic only, refused by the token flow)
   * @param firstname the first name
   * @param lastname the last name
   * @return this emulator
   */
  public ParapheurEmulator addUser(long id, String login, String password, boolean restUser, String firstname,
      String lastname) {
    synchronized (lock) {
      users.put(id, new User(id, login.toLowerCase(Locale.ROOT), password, restUser, firstname, lastname));
    }
    return this;
  }

  /**
   * Adds a document created by a user, with a generated PDF main document and a {@code CREATION} entry.
   *
   * @param id the id
   * @param title the title
   * @param creatorId the creating user's id
   * @return this emulator
   */
  public ParapheurEmulator addDocument(long id, String title, long creatorId) {
    synchronized (lock) {
      Doc d = new Doc(id, title);
      d.main = ("%PDF-1.7\n% " + title + " (document " + id + ")\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
      d.fingerprint = sha512(d.main);
      d.events.add(new Event("OK", "CREATION", creatorId, "10.2.3.4", clock().instant(), "Document ajouté : " + title,
          Map.of(), false));
      documents.put(id, d);
    }
    return this;
  }

  /**
   * Adds an attachment (a {@code CREATION} entry with {@code mainDocumentId}).
   *
   * @param id the document id
   * @param userId who adds it
   * @param content the bytes
   * @return this emulator
   */
  public ParapheurEmulator addAttachment(long id, long userId, byte[] content) {
    synchronized (lock) {
      Doc d = doc(id);
      d.attachments.add(content.clone());
      d.events.add(new Event("OK", "CREATION", userId, "10.2.3.4", clock().instant(),
          "Pièce jointe ajoutée : attachment_" + (d.attachments.size() - 1) + ".pdf", Map.of("mainDocumentId", id),
          false));
    }
    return this;
  }

  /**
   * Records a signer's validation ({@code ACTION} with {@code actionId 1}, {@code mode sign}, and the signed
   * document's filename, SHA-512 fingerprint, MIME type and certificate).
   *
   * @param id the document id
   * @param userId the signer
   * @param eidas true for an eIDAS signature (the proof alone is then a PDF)
   * @return this emulator
   */
  public ParapheurEmulator sign(long id, long userId, boolean eidas) {
    synchronized (lock) {
      Doc d = doc(id);
      if (eidas) {
        d.eidasProof = ("%PDF-1.7\n% eIDAS proof of document " + id + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
      }
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("actionId", 1);
      data.put("mode", "sign");
      d.events.add(new Event("OK", "ACTION", userId, "10.2.3.5", clock().instant(), "Action effectuée : VAL", data,
          true));
    }
    return this;
  }

  /**
   * Adds any history entry.
   *
   * @param id the document id
   * @param code the code ({@code OK}, {@code KO}, anything)
   * @param type the type
   * @param userId the user
   * @param message the message
   * @param data the data ({@code []} on the wire when empty)
   * @return this emulator
   */
  public ParapheurEmulator addHistory(long id, String code, String type, long userId, String message,
      Map<String, Object> data) {
    synchronized (lock) {
      doc(id).events.add(new Event(code, type, userId, "script", clock().instant(), message, Map.copyOf(data), false));
    }
    return this;
  }

  /**
   * Restricts a document to some users: the others get 403 "Document out of perimeter".
   *
   * @param id the document id
   * @param userIds the users who may see it
   * @return this emulator
   */
  public ParapheurEmulator restrictTo(long id, long... userIds) {
    synchronized (lock) {
      for (long u : userIds) {
        doc(id).allowed.add(u);
      }
    }
    return this;
  }

  /**
   * Sets whether the document's workflow is still running (proof refused with 403).
   *
   * @param id the document id
   * @param processing true while running
   * @return this emulator
   */
  public ParapheurEmulator setProcessing(long id, boolean processing) {
    synchronized (lock) {
      doc(id).processing = processing;
    }
    return this;
  }

  /**
   * Makes the folder archive of a document hostile.
   *
   * @param id the document id
   * @param malice what is wrong with the archive
   * @return this emulator
   */
  public ParapheurEmulator setMaliciousProof(long id, Malice malice) {
    synchronized (lock) {
      doc(id).malice = malice;
    }
    return this;
  }

  /**
   * Changes the main document's bytes after signing, so they no longer match the history fingerprint.
   *
   * @param id the document id
   * @return this emulator
   */
  public ParapheurEmulator tamperMainDocument(long id) {
    synchronized (lock) {
      Doc d = doc(id);
      d.main = ("%PDF-1.7\n% altered after signing (document " + id + ")\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
    return this;
  }

  /**
   * Sets how dates are written ({@link DateStyle#ISO_21_03} by default) and in which zone.
   *
   * @param style the style
   * @param serverZone the server's zone
   * @return this emulator
   */
  public ParapheurEmulator dateStyle(DateStyle style, ZoneId serverZone) {
    this.dateStyle = Objects.requireNonNull(style, "style");
    this.zone = Objects.requireNonNull(serverZone, "serverZone");
    return this;
  }

  /**
   * Sets the lifetime of the JWTs (30 minutes by default) and refresh tokens (60 minutes by default).
   *
   * @param token the JWT lifetime
   * @param refresh the refresh-token lifetime
   * @return this emulator
   */
  public ParapheurEmulator tokenLifetimes(Duration token, Duration refresh) {
    this.tokenLifetime = Objects.requireNonNull(token, "token");
    this.refreshLifetime = Objects.requireNonNull(refresh, "refresh");
    return this;
  }

  // ---------------------------------------------------------------- inspection

  /**
   * The main document's current bytes.
   *
   * @param id the document id
   * @return a copy; never null
   */
  public byte[] mainDocument(long id) {
    synchronized (lock) {
      return doc(id).main.clone();
    }
  }

  /**
   * The SHA-512 fingerprint the history gives for the signed document.
   *
   * @param id the document id
   * @return the lower-case hex digest; never null
   */
  public String fingerprint(long id) {
    synchronized (lock) {
      return doc(id).fingerprint;
    }
  }

  /**
   * How many times the document's history or proof was read (each read adds a {@code VIEW} row).
   *
   * @param id the document id
   * @return the count
   */
  public long views(long id) {
    synchronized (lock) {
      return doc(id).views;
    }
  }

  /**
   * How many rows reading added to the history table (the emulator's writes).
   *
   * @return the count
   */
  public long writeCount() {
    return writes.get();
  }

  /**
   * How many token logins succeeded.
   *
   * @return the count
   */
  public long loginCount() {
    return logins.get();
  }

  /**
   * How many token refreshes succeeded.
   *
   * @return the count
   */
  public long refreshCount() {
    return refreshes.get();
  }

  /** Forgets every issued JWT (not the refresh tokens): the next token call gets 401. */
  public void revokeTokens() {
    synchronized (lock) {
      tokens.clear();
    }
  }

  private Doc doc(long id) {
    Doc d = documents.get(id);
    if (d == null) {
      throw new IllegalArgumentException("no document " + id);
    }
    return d;
  }

  // ---------------------------------------------------------------- HTTP

  @Override
  protected MockResponse handle(EmulatorRequest r) {
    List<String> seg = r.pathSegments();
    if (seg.size() < 2 || !seg.get(0).equals("rest")) {
      return error(404, "Route not found");
    }
    if (r.method().equals("POST") && seg.size() == 2 && seg.get(1).equals("authenticate")) {
      return authenticate(r);
    }
    if (r.method().equals("GET") && seg.size() == 3 && seg.get(1).equals("authenticate") && seg.get(2).equals("token")) {
      return refresh(r);
    }
    Optional<User> user = authenticated(r);
    if (user.isEmpty()) {
      return error(401, "Authentication Failed");
    }
    if (r.method().equals("GET") && seg.size() == 4 && seg.get(1).equals("documents")) {
      if (seg.get(3).equals("history")) {
        return history(r, seg.get(2), user.get());
      }
      if (seg.get(3).equals("proof")) {
        return proof(r, seg.get(2), user.get());
      }
    }
    return error(404, "Route not found");
  }

  private Optional<User> authenticated(EmulatorRequest r) {
    String auth = r.header("Authorization").orElse("");
    synchronized (lock) {
      if (auth.startsWith("Basic ")) {
        String decoded;
        try {
          decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
          return Optional.empty();
        }
        String login = decoded.substring(0, colon).toLowerCase(Locale.ROOT);
        String pw = decoded.substring(colon + 1);
        return users.values().stream().filter(u -> u.login.equals(login) && u.password.equals(pw)).findFirst();
      }
      if (auth.startsWith("Bearer ")) {
        Issued t = tokens.get(auth.substring(7).trim());
        if (t == null || !clock().instant().isBefore(t.expires)) {
          return Optional.empty();
        }
        return Optional.ofNullable(users.get(t.userId));
      }
      return Optional.empty();
    }
  }

  private MockResponse authenticate(EmulatorRequest r) {
    var body = r.json();
    String login = body.path("login").isTextual() ? body.path("login").asText() : "";
    String password = body.path("password").isTextual() ? body.path("password").asText() : "";
    if (login.isEmpty() || password.isEmpty()) {
      return error(400, "Bad Request");
    }
    synchronized (lock) {
      Optional<User> u = users.values().stream()
          .filter(x -> x.login.equals(login.toLowerCase(Locale.ROOT)) && x.password.equals(password)).findFirst();
      if (u.isEmpty()) {
        return error(401, "Authentication Failed");
      }
      if (u.get().rest) {
        return error(403, "Authentication unauthorized");
      }
      Instant now = clock().instant();
      String token = jwt(u.get().id, now.plus(tokenLifetime), "access");
      String refresh = jwt(u.get().id, now.plus(refreshLifetime), "refresh");
      tokens.put(token, new Issued(u.get().id, now.plus(tokenLifetime)));
      refreshTokens.put(refresh, new Issued(u.get().id, now.plus(refreshLifetime)));
      logins.incrementAndGet();
      writes.incrementAndGet();
      return new MockResponse.Builder().code(204).setHeader("Token", token).setHeader("Refresh-Token", refresh).build();
    }
  }

  private MockResponse refresh(EmulatorRequest r) {
    String refresh = r.query("refreshToken").orElse("");
    if (refresh.isEmpty()) {
      return error(400, "Refresh Token is empty");
    }
    synchronized (lock) {
      Issued t = refreshTokens.get(refresh);
      Instant now = clock().instant();
      if (t == null || !now.isBefore(t.expires)) {
        return error(401, "Authentication Failed");
      }
      String token = jwt(t.userId, now.plus(tokenLifetime), "access");
      tokens.put(token, new Issued(t.userId, now.plus(tokenLifetime)));
      refreshes.incrementAndGet();
      return json(200, Map.of("token", token));
    }
  }

  private String jwt(long userId, Instant exp, String kind) {
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    String header = enc.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
    String payload = enc.encodeToString(("{\"exp\":" + exp.getEpochSecond() + ",\"user\":{\"id\":" + userId
        + "},\"kind\":\"" + kind + "\",\"n\":" + tokenSerial.incrementAndGet() + "}").getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + "." + enc.encodeToString(("emulator" + tokenSerial.get()).getBytes(StandardCharsets.UTF_8));
  }

  /** The checks both document routes make, in the server's order; null when the call may go on. */
  private MockResponse check(String rawId, User user, boolean proof) {
    if (!rawId.matches("[1-9]\\d{0,17}")) {
      return error(400, "Route id is not an integer");
    }
    Doc d = documents.get(Long.parseLong(rawId));
    if (d != null && !d.allowed.isEmpty() && !d.allowed.contains(user.id)) {
      return error(403, "Document out of perimeter");
    }
    if (d == null) {
      return error(proof ? 403 : 400, proof ? "Document out of perimeter" : "Document does not exist");
    }
    if (proof && d.processing) {
      return error(403, "The document is still being processed");
    }
    return null;
  }

  private MockResponse history(EmulatorRequest r, String rawId, User user) {
    synchronized (lock) {
      MockResponse refused = check(rawId, user, false);
      if (refused != null) {
        return refused;
      }
      Doc d = documents.get(Long.parseLong(rawId));
      List<Map<String, Object>> items = formatted(d);
      d.views++;
      writes.incrementAndGet();
      String mode = r.query("mode").orElse(null);
      if (mode == null || mode.equals("json")) {
        return json(200, Map.of("history", items));
      }
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/xml")
          .setHeader("Content-Disposition", "inline; filename=maarch_history.xml").body(xml(items)).build();
    }
  }

  private MockResponse proof(EmulatorRequest r, String rawId, User user) {
    byte[] content;
    String format;
    String mimeType;
    synchronized (lock) {
      MockResponse refused = check(rawId, user, true);
      if (refused != null) {
        return refused;
      }
      Doc d = documents.get(Long.parseLong(rawId));
      String onlyProof = r.query("onlyProof").orElse(null);
      // PHP: if ($queryParams['onlyProof']) — absent, "" and "0" are false, "false" is true
      boolean only = onlyProof != null && !onlyProof.isEmpty() && !onlyProof.equals("0");
      byte[] historyXml = xml(formatted(d)).getBytes(StandardCharsets.UTF_8);
      if (only) {
        content = d.eidasProof != null ? d.eidasProof.clone() : historyXml;
        format = d.eidasProof != null ? "pdf" : "xml";
        mimeType = d.eidasProof != null ? "application/pdf" : "application/xml";
      } else {
        if (d.malice != null) {
          content = ParapheurArchives.malicious(d.malice);
        } else {
          Map<String, byte[]> entries = new LinkedHashMap<>();
          if (d.eidasProof != null) {
            entries.put("docaposteProof.pdf", d.eidasProof);
          }
          entries.put("maarchProof.xml", historyXml);
          entries.put("mainDocument.pdf", d.main);
          for (int i = 0; i < d.attachments.size(); i++) {
            entries.put("attachment_" + i + ".pdf", d.attachments.get(i));
          }
          content = ParapheurArchives.zip(entries);
        }
        format = "zip";
        mimeType = "application/xml"; // sic: the real server streams the ZIP as application/xml
      }
      d.views++;
      writes.incrementAndGet();
    }
    String mode = r.query("mode").orElse("");
    if (mode.isEmpty() || mode.equals("base64")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("encodedProofDocument", Base64.getEncoder().encodeToString(content));
      body.put("format", format);
      // PHP's json_encode escapes '/' as '\/'
      String text = jsonText(body).replace("/", "\\/");
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(text).build();
    }
    return new MockResponse.Builder().code(200).setHeader("Content-Type", mimeType)
        .setHeader("Content-Disposition", "inline; filename=maarch_history_proof." + format)
        .body(new Buffer().write(content)).build();
  }

  private static String jsonText(Object value) {
    try {
      return org.gedkit.core.json.GedkitJson.mapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Map<String, Object>> formatted(Doc d) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Event e : d.events) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", e.code);
      item.put("type", e.type);
      User u = users.get(e.userId);
      Map<String, Object> user = new LinkedHashMap<>();
      if (u != null) {
        user.put("id", u.id);
        user.put("email", u.email());
        user.put("firstname", u.firstname);
        user.put("lastname", u.lastname);
      }
      user.put("ip", e.ip);
      item.put("user", user);
      item.put("date", date(e.at));
      item.put("message", e.message);
      item.put("data", e.data.isEmpty() ? List.of() : e.data);
      if (e.signature) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("filename", String.format(Locale.ROOT, "%04d_%d.pdf", d.id, e.at.getEpochSecond()));
        doc.put("fingerprint", d.fingerprint);
        doc.put("mimeType", "application/pdf");
        doc.put("certificate", CERTIFICATE);
        item.put("document", doc);
      }
      out.add(item);
    }
    return out;
  }

  private String date(Instant at) {
    return dateStyle == DateStyle.LEGACY_20_03
        ? DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", Locale.ROOT).withZone(zone).format(at)
        : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withZone(zone).format(at); // PHP 'c'
  }

  /** The XML export as the server's arrayToXml + formatXml make it. */
  private static String xml(List<Map<String, Object>> items) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<root>\n");
    for (Map<String, Object> item : items) {
      sb.append("  <History>\n");
      appendFields(sb, item, "    ");
      sb.append("  </History>\n");
    }
    return sb.append("</root>\n").toString();
  }

  private static void appendFields(StringBuilder sb, Map<?, ?> fields, String indent) {
    for (Map.Entry<?, ?> f : fields.entrySet()) {
      String name = String.valueOf(f.getKey());
      Object v = f.getValue();
      if (v instanceof Map<?, ?> m && !m.isEmpty()) {
        sb.append(indent).append('<').append(name).append(">\n");
        appendFields(sb, m, indent + "  ");
        sb.append(indent).append("</").append(name).append(">\n");
      } else if (v instanceof Map<?, ?> || (v instanceof List<?> l && l.isEmpty())) {
        sb.append(indent).append('<').append(name).append("/>\n");
      } else {
        sb.append(indent).append('<').append(name).append('>').append(escape(String.valueOf(v))).append("</")
            .append(name).append(">\n");
      }
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static MockResponse error(int status, String message) {
    return json(status, Map.of("errors", message));
  }

  private static String sha512(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
