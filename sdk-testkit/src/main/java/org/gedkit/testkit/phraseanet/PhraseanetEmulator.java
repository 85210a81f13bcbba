package org.gedkit.testkit.phraseanet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import org.gedkit.testkit.EmulatorRequest;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.MutableClock;

/**
 * An in-process Phraseanet API v1 server holding a quarantine, for tests and examples.
 *
 * <p>It behaves like a Phraseanet 3.8 server as far as the SDK can tell: every reply is a
 * {@code {meta, response}} envelope; the OAuth token is read from the {@code oauth_token} query
 * parameter (a missing or wrong one gives 401 "Unauthorized"); routes end with {@code /} (without it, 404);
 * {@code GET /api/v1/quarantine/list/} pages with {@code offset_start} / {@code per_page}, defaulting
 * {@code per_page} to 10 and clamping it to 1..1000 (a negative offset counts as 0) and echoing the
 * values used, with no total; {@code GET /api/v1/quarantine/item/{id}/} gives one item or 404.
 *
 * <p>The seed quarantine holds {@code itemCount} items (1 000 by default) with ids 1..n, listed newest
 * (highest id) first. Item {@code i}'s document bytes are {@link #documentBytes(long)} and its
 * {@code sha256} is their SHA-256. Some items are forced (empty {@code checks}), some have a null
 * {@code usr_id}, some a full {@code user} object, some the MySQL zero date.
 *
 * <p>Errors on demand: {@link #nextMetaErrors(int, int, boolean)} (optionally as HTTP 200 with the code
 * only in {@code meta}, as JSONP replies are), {@link #denyItem(long)} (401 "You are not authorized",
 * Phraseanet's permission refusal), {@link #revokeToken()}; plus the shared {@link #faults()}.
 *
 * <p>Thread-safe. Read-only API: it counts no writes ({@link #writeCount()} stays 0).
 */
public final class PhraseanetEmulator extends EmulatorServer {

  /** The token a default emulator accepts. */
  public static final String DEFAULT_TOKEN = "phraseanet-emulator-token";
  /** The quarantine size of a default emulator. */
  public static final int DEFAULT_ITEM_COUNT = 1000;
  /** The MySQL zero date as Phraseanet prints it. */
  public static final String ZERO_DATE = "-0001-11-30T00:00:00+00:09";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String LIST = "/api/v1/quarantine/list/";
  private static final String ITEM_PREFIX = "/api/v1/quarantine/item/";
  private static final java.util.regex.Pattern LEADING_INT = java.util.regex.Pattern.compile("^\\s*(-?\\d{1,9})");

  private final int itemCount;
  private final AtomicReference<String> token;
  private final Instant seededAt;
  private final Set<Long> denied = ConcurrentHashMap.newKeySet();
  private final Set<Long> removed = ConcurrentHashMap.newKeySet();
  private final Deque<int[]> metaErrors = new ArrayDeque<>();

  /** An emulator with {@value #DEFAULT_ITEM_COUNT} quarantine items accepting {@link #DEFAULT_TOKEN}. */
  public PhraseanetEmulator() {
    this(DEFAULT_ITEM_COUNT, DEFAULT_TOKEN, MutableClock.startingNow());
  }

  /**
   * An emulator with the given quarantine size and token.
   *
   * @param itemCount how many items the quarantine holds; 0 or more
   * @param accessToken the only token accepted; not blank
   * @param clock the clock dates are taken from
   */
  public PhraseanetEmulator(int itemCount, String accessToken, MutableClock clock) {
    super(Objects.requireNonNull(clock, "clock"));
    if (itemCount < 0) {
      throw new IllegalArgumentException("itemCount must not be negative");
    }
    if (accessToken == null || accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken must not be blank");
    }
    this.itemCount = itemCount;
    this.token = new AtomicReference<>(accessToken);
    this.seededAt = clock.instant();
  }

  /**
   * The token the emulator accepts.
   *
   * @return the token; empty after {@link #revokeToken()}
   */
  public String accessToken() {
    String t = token.get();
    return t == null ? "" : t;
  }

  /** Revokes the token: every later call gets 401 "Unauthorized". */
  public void revokeToken() {
    token.set(null);
  }

  /**
   * How many items the quarantine holds now.
   *
   * @return the count
   */
  public int itemCount() {
    return itemCount - removed.size();
  }

  /**
   * The ids in listing order (newest first).
   *
   * @return the ids; never null
   */
  public List<Long> itemIds() {
    List<Long> ids = new ArrayList<>(itemCount);
    for (long id = itemCount; id >= 1; id--) {
      if (!removed.contains(id)) {
        ids.add(id);
      }
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * Removes an item (as accepting or rejecting it in Phraseanet would), e.g. to shift pages mid-listing.
   *
   * @param id the item id
   */
  public void removeItem(long id) {
    removed.add(id);
  }

  /**
   * The bytes of an item's document; its {@code sha256} is their SHA-256.
   *
   * @param id the item id
   * @return the bytes; never null
   */
  public byte[] documentBytes(long id) {
    return ("Phraseanet emulator quarantined document #" + id + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Makes every request for an item answer 401 "You are not authorized" (Phraseanet's permission check).
   *
   * @param id the item id
   */
  public void denyItem(long id) {
    denied.add(id);
  }

  /**
   * The next {@code times} API requests fail with an error envelope of {@code httpCode}.
   *
   * @param times how many requests; at least 1
   * @param httpCode the code in {@code meta.http_code}: 400, 401, 403, 404, 405, 406, 422, 500 or 503
   * @param asHttp200 whether the HTTP status is 200 with the code only in {@code meta} (JSONP style)
   */
  public void nextMetaErrors(int times, int httpCode, boolean asHttp200) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    errorType(httpCode);
    synchronized (metaErrors) {
      metaErrors.add(new int[] {times, httpCode, asHttp200 ? 1 : 0});
    }
  }

  /**
   * How many quarantine list requests were received (faulted ones included).
   *
   * @return the count
   */
  public long listRequests() {
    return count(c -> c.path().equals(LIST));
  }

  /**
   * Writes received: the quarantine API the emulator serves is read-only.
   *
   * @return always 0
   */
  public long writeCount() {
    return 0;
  }

  @Override
  protected MockResponse handle(EmulatorRequest request) {
    String path = request.path();
    String call = request.method() + " " + path;
    if (!path.startsWith("/api/v1/") || !path.endsWith("/")) {
      return error(call, 404, "No route found for \"" + call + "\"", false);
    }
    String expected = token.get();
    String given = request.query("oauth_token").orElse(null);
    if (expected == null || !expected.equals(given)) {
      return error(call, 401, null, false);
    }
    int[] pending = takeMetaError();
    if (pending != null) {
      return error(call, pending[1], "error injected by the emulator", pending[2] == 1);
    }
    if (path.equals(LIST)) {
      return request.method().equals("GET") ? list(request, call) : error(call, 405, null, false);
    }
    if (path.startsWith(ITEM_PREFIX)) {
      List<String> segs = request.pathSegments();
      // api, v1, quarantine, item, {id}, ""
      if (segs.size() == 6 && segs.get(5).isEmpty()) {
        if (!request.method().equals("GET")) {
          return error(call, 405, null, false);
        }
        return item(segs.get(4), call);
      }
    }
    return error(call, 404, "No route found for \"" + call + "\"", false);
  }

  private int[] takeMetaError() {
    synchronized (metaErrors) {
      int[] head = metaErrors.peek();
      if (head == null) {
        return null;
      }
      if (--head[0] == 0) {
        metaErrors.poll();
      }
      return head;
    }
  }

  private MockResponse list(EmulatorRequest request, String call) {
    long offset = Math.max(0, phpInt(request.query("offset_start").orElse(null), 0));
    long perPage = Math.min(1000, Math.max(1, phpInt(request.query("per_page").orElse(null), 10)));
    List<Long> ids = itemIds();
    ArrayNode items = F.arrayNode();
    for (long i = offset; i < Math.min(ids.size(), offset + perPage); i++) {
      items.add(itemJson(ids.get((int) i)));
    }
    ObjectNode response = F.objectNode();
    response.put("offset_start", offset);
    response.put("per_page", perPage);
    response.set("quarantine_items", items);
    return json(200, envelope(call, 200, null, null, null, response));
  }

  private MockResponse item(String rawId, String call) {
    long id = phpInt(rawId, -1);
    if (id < 1 || id > itemCount || removed.contains(id)) {
      return error(call, 404, "Lazaret file " + rawId + " not found", false);
    }
    if (denied.contains(id)) {
      return error(call, 401, "You are not authorized", false);
    }
    ObjectNode response = F.objectNode();
    response.set("quarantine_item", itemJson(id));
    return json(200, envelope(call, 200, null, null, null, response));
  }

  private ObjectNode itemJson(long id) {
    ObjectNode item = F.objectNode();
    item.put("id", id);
    ObjectNode session = item.putObject("quarantine_session");
    session.put("id", 5000 + id);
    Long userId = id % 5 == 0 ? null : (Long) (1 + id % 3);
    if (userId == null) {
      session.putNull("usr_id");
    } else {
      session.put("usr_id", userId);
      if (id % 2 == 0) {
        session.set("user", userJson(userId));
      }
    }
    item.put("base_id", 1 + id % 3);
    item.put("original_name", "document-" + id + (id % 4 == 0 ? ".jpg" : ".pdf"));
    item.put("sha256", sha256(documentBytes(id)));
    item.put("uuid", UUID.nameUUIDFromBytes(("phraseanet-emulator-" + id).getBytes(StandardCharsets.UTF_8)).toString());
    boolean forced = id % 7 == 0;
    item.put("forced", forced);
    ArrayNode checks = item.putArray("checks");
    if (!forced) {
      checks.add("A file with the same checksum already exists in database");
      if (id % 3 == 0) {
        checks.add("A file with the same UUID already exists in database");
      }
    }
    String created = atom(seededAt.minusSeconds(60 * (itemCount - id + 1)));
    item.put("created_on", created);
    item.put("updated_on", id % 11 == 0 ? ZERO_DATE : created);
    return item;
  }

  private static ObjectNode userJson(long userId) {
    ObjectNode u = F.objectNode();
    u.put("@entity@", "http://api.phraseanet.com/api/objects/user");
    u.put("id", userId);
    u.put("email", "user" + userId + "@example.com");
    u.put("login", "user" + userId + "@example.com");
    u.putNull("first_name");
    u.putNull("last_name");
    u.put("display_name", "user" + userId + "@example.com");
    u.put("last_connection", ZERO_DATE);
    u.put("created_on", "2014-04-01T11:54:51+02:00");
    u.put("updated_on", ZERO_DATE);
    u.put("locale", "fr_FR");
    return u;
  }

  private MockResponse error(String call, int code, String details, boolean asHttp200) {
    String[] typeAndMessage = errorType(code);
    return json(asHttp200 ? 200 : code,
        envelope(call, code, typeAndMessage[0], typeAndMessage[1], details, F.objectNode()));
  }

  private ObjectNode envelope(String call, int code, String type, String message, String details, ObjectNode response) {
    ObjectNode root = F.objectNode();
    ObjectNode meta = root.putObject("meta");
    meta.put("api_version", "1.3");
    meta.put("request", call);
    meta.put("response_time", atom(clock().instant()));
    meta.put("http_code", code);
    meta.put("error_type", type);
    meta.put("error_message", message);
    meta.put("error_details", details);
    meta.put("charset", "UTF-8");
    root.set("response", response);
    return root;
  }

  /** The error_type / error_message pairs of Phraseanet's Result::createError. */
  private static String[] errorType(int code) {
    Map<Integer, String[]> known = Map.of(
        400, new String[] {"Bad Request", "Parameter is invalid or missing"},
        401, new String[] {"Unauthorized", "The OAuth token was provided but was invalid."},
        403, new String[] {"Forbidden", "Access to the requested resource is forbidden"},
        404, new String[] {"Not Found", "Requested resource is not found"},
        405, new String[] {"Method Not Allowed", "Attempting to use POST with a GET-only endpoint, or vice-versa"},
        406, new String[] {"Unacceptable", "Request content type is not acceptable"},
        422, new String[] {"Unprocessable Entity", "Request content is unprocessable"},
        500, new String[] {"Internal Server Error", "Internal Server Error"},
        503, new String[] {"Service Temporarily Unavailable", "Server is offline for maintenance, try again soon."});
    String[] found = known.get(code);
    if (found == null) {
      throw new IllegalArgumentException("Phraseanet sends no error envelope with code " + code);
    }
    return found;
  }

  /** PHP's (int) cast: leading digits, else the default. */
  private static long phpInt(String raw, long dflt) {
    if (raw == null) {
      return dflt;
    }
    java.util.regex.Matcher m = LEADING_INT.matcher(raw);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private static String atom(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(2)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "PhraseanetEmulator[" + itemCount() + " quarantine items]";
  }
}
