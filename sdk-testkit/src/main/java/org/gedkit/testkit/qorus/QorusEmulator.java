package org.gedkit.testkit.qorus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import org.gedkit.core.json.GedkitJson;
import org.gedkit.testkit.EmulatorRequest;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.MutableClock;

/**
 * A stateful emulator of the Qorus REST API v2 ({@code /api/v2}, also {@code /api/latest}): Basic auth and
 * {@code wstoken} tokens with their {@code ttl} (also {@code POST /api/v2/public/login}, {@code GET /api/v2/public/info}) on the injectable clock ({@code Qorus-Token}, 401 once
 * expired, {@code POST /api/v2/logout}); workflows that accept orders ({@code createOrder},
 * {@code execSynchronous}) and enforce the three unique key kinds with {@code DUPLICATE-ORDER-KEY}; orders
 * that move through statuses (READY, COMPLETE, ERROR, BLOCKED, CANCELED...) with the order actions; order
 * searches paged with {@code limit}/{@code offset}; jobs that run and keep results; services whose
 * methods are Java functions; value maps (lookup, dump, set value), user connections (ping), SLAs with their
 * jobs, users (usable to log in), roles, permissions and log sources. Errors use the three Qorus body forms. Fault injection comes from
 * {@link EmulatorServer#faults()}.
 *
 * <p>Thread-safe: the state is guarded by this object's monitor.
 *
 * <pre>{@code
 * QorusEmulator qorus = new QorusEmulator().withUser("admin", "pw").start();
 * qorus.addWorkflow("INVOICE", "1.0");
 * }</pre>
 */
public final class QorusEmulator extends EmulatorServer {

  private static final DateTimeFormatter QORUS_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS xxx");

  private final Map<String, String> users = new HashMap<>();
  private boolean noAuth;
  private final Map<String, Instant> tokens = new HashMap<>();
  private final Map<String, String> tokenUsers = new HashMap<>();
  private final AtomicLong tokenSeq = new AtomicLong();
  private final AtomicLong tokensIssued = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong ordersCreated = new AtomicLong();
  private final AtomicLong ids = new AtomicLong(1000);
  private final Map<Long, Wf> workflows = new LinkedHashMap<>();
  private final Map<Long, Order> orders = new LinkedHashMap<>();
  private final Map<String, Long> uniqueKeys = new HashMap<>();
  private final Map<Long, Job> jobs = new LinkedHashMap<>();
  private final Map<Long, Svc> services = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> props = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> valueMaps = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> slas = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> roles = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> perms = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> userInfo = new LinkedHashMap<>();

  private static final class Wf {
    long id;
    String name;
    String version;
    boolean enabled = true;
    int autostart;
  }

  private static final class Order {
    long id;
    Wf wf;
    String status = "READY";
    Map<String, Object> staticData = new LinkedHashMap<>();
    Map<String, Object> dynamicData = new LinkedHashMap<>();
    Map<String, Object> keys = new LinkedHashMap<>();
    Map<String, Object> sensitive = new LinkedHashMap<>();
    List<Map<String, Object>> notes = new ArrayList<>();
    String operatorLock;
    int priority = 500;
    Instant started;
    Instant modified;
  }

  private static final class Job {
    long id;
    String name;
    boolean enabled = true;
    boolean active = true;
    List<Map<String, Object>> results = new ArrayList<>();
  }

  private static final class Svc {
    long id;
    String name;
    String status = "unloaded";
    boolean enabled = true;
    Map<String, Function<List<Object>, Object>> methods = new LinkedHashMap<>();
  }

  /** An emulator with its own clock (starting now) and the user {@code admin}/{@code admin}. */
  public QorusEmulator() {
    this(MutableClock.startingNow());
  }

  /**
   * An emulator on {@code clock}, with the user {@code admin}/{@code admin}.
   *
   * @param clock the clock tokens expire on
   */
  public QorusEmulator(MutableClock clock) {
    super(clock);
    users.put("admin", "admin");
  }

  /**
   * Adds (or replaces) a user.
   *
   * @param user the user name
   * @param password the password
   * @return this
   */
  public synchronized QorusEmulator withUser(String user, String password) {
    users.put(user, password);
    return this;
  }

  /**
   * Makes the server a {@code noauth} server: no credentials needed.
   *
   * @return this
   */
  public synchronized QorusEmulator noAuth() {
    this.noAuth = true;
    return this;
  }

  /**
   * Adds a workflow.
   *
   * @param name the name
   * @param version the version
   * @return its workflow ID
   */
  public synchronized long addWorkflow(String name, String version) {
    Wf w = new Wf();
    w.id = ids.incrementAndGet();
    w.name = name;
    w.version = version;
    workflows.put(w.id, w);
    return w.id;
  }

  /**
   * Adds a job.
   *
   * @param name the name
   * @return its job ID
   */
  public synchronized long addJob(String name) {
    Job j = new Job();
    j.id = ids.incrementAndGet();
    j.name = name;
    jobs.put(j.id, j);
    return j.id;
  }

  /**
   * Adds a service with its methods (called with the argument list; their return value is the reply).
   *
   * @param name the name
   * @param methods the methods by name
   * @return its service ID
   */
  public synchronized long addService(String name, Map<String, Function<List<Object>, Object>> methods) {
    Svc s = new Svc();
    s.id = ids.incrementAndGet();
    s.name = name;
    s.methods.putAll(methods);
    services.put(s.id, s);
    return s.id;
  }

  /**
   * Adds a value map.
   *
   * @param name the name
   * @param values its keys and values
   * @return its ID
   */
  public synchronized long addValueMap(String name, Map<String, Object> values) {
    Map<String, Object> vm = new LinkedHashMap<>();
    vm.put("id", ids.incrementAndGet());
    vm.put("name", name);
    vm.put("valuetype", "string");
    vm.put("values", new LinkedHashMap<>(values));
    valueMaps.put(name, vm);
    return (Long) vm.get("id");
  }

  /**
   * Adds a user connection; pinging it succeeds when {@code up}.
   *
   * @param name the name
   * @param url the URL
   * @param up whether the remote end answers
   */
  public synchronized void addUserConnection(String name, String url, boolean up) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    c.put("desc", "user connection " + name);
    c.put("url", url);
    c.put("type", "user");
    c.put("up", up);
    connections.put(name, c);
  }

  /**
   * Creates {@code count} READY orders of a workflow directly (no request), e.g. to page through them.
   *
   * @param workflow the workflow name or ID
   * @param count how many
   */
  public synchronized void seedOrders(String workflow, int count) {
    Wf w = findWf(workflow).orElseThrow(() -> new IllegalArgumentException("no workflow " + workflow));
    for (int i = 0; i < count; i++) {
      newOrder(w, Map.of("n", i));
    }
  }

  /**
   * Runs every READY order: it becomes COMPLETE, or ERROR when its static data has {@code "fail": true}.
   *
   * @return how many orders ran
   */
  public synchronized int processOrders() {
    int n = 0;
    for (Order o : orders.values()) {
      if (o.status.equals("READY") || o.status.equals("RETRY")) {
        run(o);
        n++;
      }
    }
    return n;
  }

  private void run(Order o) {
    o.status = Boolean.TRUE.equals(o.staticData.get("fail")) ? "ERROR" : "COMPLETE";
    o.modified = clock().instant();
  }

  /**
   * The status of an order.
   *
   * @param id the order ID
   * @return the status, empty when there is no such order
   */
  public synchronized Optional<String> orderStatus(long id) {
    return Optional.ofNullable(orders.get(id)).map(o -> o.status);
  }

  /**
   * How many orders exist.
   *
   * @return the count
   */
  public synchronized int orderCount() {
    return orders.size();
  }

  /**
   * How many tokens were issued ({@code wstoken}).
   *
   * @return the count
   */
  public long tokensIssued() {
    return tokensIssued.get();
  }

  /** Makes every issued token expire now (the next call with one gets a 401). */
  public synchronized void expireAllTokens() {
    tokens.replaceAll((t, at) -> clock().instant().minusSeconds(1));
  }

  /**
   * How many state-changing requests were handled: every authenticated non-GET request, whether it
   * changed anything or was refused (a duplicate key, an unknown workflow, a logout count too).
   *
   * @return the count
   * @see #ordersCreated()
   */
  public long writes() {
    return writes.get();
  }

  /**
   * How many orders requests created ({@code createOrder} and {@code execSynchronous}): one per order the
   * server really added, nothing for a refused request ({@code DUPLICATE-ORDER-KEY}, an argument error, a
   * disabled or unknown workflow) or for {@link #seedOrders}. The precise count of applied user-level
   * writes that reliability tests compare with the calls made (never lost, never duplicated).
   *
   * @return the count
   */
  public long ordersCreated() {
    return ordersCreated.get();
  }

  // ------------------------------------------------------------------ dispatch

  @Override
  protected synchronized MockResponse handle(EmulatorRequest r) {
    List<String> seg = new ArrayList<>(r.pathSegments());
    if (seg.size() < 2 || !seg.get(0).equals("api") || !(seg.get(1).equals("v2") || seg.get(1).equals("latest"))) {
      return json(404, "no such path: " + r.path());
    }
    seg = seg.subList(2, seg.size());
    if (seg.size() == 1 && seg.get(0).isEmpty()) {
      seg = List.of();
    }
    ZoneId zone = r.header("Qorus-Client-Time-Zone").map(ZoneId::of).orElse(ZoneId.of("UTC"));
    Call c = new Call(r, seg, r.query("action").orElse(""), args(r), zone);
    if (!seg.isEmpty() && seg.get(0).equals("public")) {
      return publicApi(c);
    }
    boolean wsToken = c.is("GET", "system") && c.action.equals("wstoken");
    Optional<MockResponse> denied = authenticate(r, wsToken);
    if (denied.isPresent()) {
      return denied.get();
    }
    if (!r.method().equals("GET")) {
      writes.incrementAndGet();
    }
    String group = seg.isEmpty() ? "" : seg.get(0);
    switch (group) {
      case "":
        return json(200, List.of("system", "workflows", "orders", "jobs", "services", "logout"));
      case "logout":
        r.header("Qorus-Token").ifPresent(t -> {
          tokens.remove(t);
          tokenUsers.remove(t);
        });
        return json(200, "OK");
      case "system":
        return system(c, r);
      case "workflows":
        return workflows(c);
      case "orders":
        return orders(c);
      case "jobs":
        return jobs(c);
      case "services":
        return services(c);
      case "valuemaps":
        return valueMaps(c);
      case "remote":
        return remote(c);
      case "slas":
        return slas(c);
      case "users":
        return users(c, r);
      case "roles":
        return named(c, roles, "role", "ROLE", List.of("role", "desc", "perms", "groups"));
      case "perms":
        return named(c, perms, "perm", "PERMISSION", List.of("name", "desc"));
      case "logs":
        return json(200, List.of(Map.of("type", "system", "log", "qorus", "log_url", "ws://localhost/log/main")));
      default:
        return json(404, "unknown REST path /api/v2/" + group);
    }
  }

  private MockResponse publicApi(Call c) {
    if (c.is("GET", "public", "info")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("noauth", noAuth);
      m.put("instance-key", "qorus-emulator");
      m.put("omq-version", "6.0.15_prod");
      return json(200, m);
    }
    if (c.is("POST", "public", "login")) {
      String user = c.arg("user");
      if (user == null || c.arg("pass") == null || !c.arg("pass").equals(users.get(user))) {
        return json(400, Map.of("err", "AUTHENTICATION-ERROR", "desc", "Invalid user or password"));
      }
      return json(200, Map.of("token", issueToken(user, 600)));
    }
    return unsupported(c);
  }

  private String issueToken(String user, long ttl) {
    String t = "qtok-" + tokenSeq.incrementAndGet() + "-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    tokens.put(t, clock().instant().plusSeconds(ttl));
    tokenUsers.put(t, user);
    tokensIssued.incrementAndGet();
    return t;
  }

  private Optional<MockResponse> authenticate(EmulatorRequest r, boolean wsToken) {
    if (noAuth) {
      return Optional.empty();
    }
    Optional<String> token = r.header("Qorus-Token");
    if (token.isPresent() && !wsToken) {
      Instant exp = tokens.get(token.get());
      if (exp == null || !clock().instant().isBefore(exp)) {
        return Optional.of(json(401, Map.of("err", "AUTHENTICATION-ERROR", "desc", "invalid or expired token")));
      }
      return Optional.empty();
    }
    Optional<String> auth = r.header("Authorization");
    if (auth.isPresent() && auth.get().startsWith("Basic ")) {
      String[] up = new String(Base64.getDecoder().decode(auth.get().substring(6)), StandardCharsets.UTF_8).split(":", 2);
      if (up.length == 2 && up[1].equals(users.get(up[0]))) {
        return Optional.empty();
      }
    }
    return Optional.of(json(401, Map.of("err", "AUTHENTICATION-ERROR", "desc", "Invalid user or password")));
  }

  private static Map<String, Object> args(EmulatorRequest r) {
    Map<String, Object> a = new LinkedHashMap<>();
    for (String n : r.raw().getUrl().queryParameterNames()) {
      a.put(n, r.raw().getUrl().queryParameter(n));
    }
    if ((r.method().equals("PUT") || r.method().equals("POST")) && r.body().length > 0) {
      JsonNode n = r.json();
      if (n != null && n.isObject()) {
        a.putAll(GedkitJson.mapper().convertValue(n, new TypeReference<LinkedHashMap<String, Object>>() {}));
      }
    }
    return a;
  }

  private record Call(EmulatorRequest r, List<String> seg, String action, Map<String, Object> args, ZoneId zone) {
    boolean is(String method, String... path) {
      if (!r.method().equals(method) || seg.size() != path.length) {
        return false;
      }
      for (int i = 0; i < path.length; i++) {
        if (!path[i].equals("*") && !path[i].equals(seg.get(i))) {
          return false;
        }
      }
      return true;
    }

    String s(int i) {
      return seg.get(i);
    }

    String arg(String n) {
      Object v = args.get(n);
      return v == null ? null : v.toString();
    }
  }

  private String date(Instant i, ZoneId zone) {
    return i == null ? null : QORUS_DATE.format(i.atZone(zone));
  }

  private static MockResponse argError(String code, String desc) {
    return json(400, code + ": " + desc);
  }

  private static MockResponse notFound(String what) {
    return json(404, what + " does not exist");
  }

  private static MockResponse conflict(String code, String desc) {
    return json(409, Map.of("err", code, "desc", desc));
  }

  private static MockResponse unsupported(Call c) {
    return json(400, "API-ARG-ERROR: the emulator does not implement " + c.r().method() + " " + c.r().path()
        + (c.action().isEmpty() ? "" : "?action=" + c.action()));
  }

  // ------------------------------------------------------------------ system

  private MockResponse system(Call c, EmulatorRequest r) {
    if (c.is("GET", "system")) {
      switch (c.action()) {
        case "wstoken": {
          long ttl = c.arg("ttl") == null ? 600 : Long.parseLong(c.arg("ttl"));
          if (ttl < 1 || ttl > Duration.ofDays(2).toSeconds()) {
            return argError("WSTOKEN-ARG-ERROR", "ttl must be between 1 and 172800 seconds");
          }
          return json(200, issueToken(noAuth ? "anonymous" : currentUser(r), ttl));
        }
        case "ping":
          return json(200, "OK");
        case "echo":
          return json(200, c.args());
        case "validateWsToken": {
          String t = c.arg("token");
          Instant exp = t == null ? null : tokens.get(t);
          return json(200, exp != null && clock().instant().isBefore(exp) ? tokenUsers.get(t) : null);
        }
        case "":
          Map<String, Object> info = new LinkedHashMap<>();
          info.put("instance-key", "qorus-emulator");
          info.put("omq-version", "6.0.15_prod");
          info.put("api_version", "v2");
          info.put("hostname", "localhost");
          info.put("starttime", date(Instant.EPOCH, c.zone()));
          info.put("pid", 1);
          info.put("health", "GREEN");
          return json(200, info);
        default:
          return unsupported(c);
      }
    }
    if (c.is("GET", "system", "health")) {
      return json(200, Map.of("transient", 0, "ongoing", 0, "health", "GREEN", "instance-key", "qorus-emulator",
          "remote", List.of()));
    }
    if (c.is("GET", "system", "props")) {
      return json(200, props);
    }
    if (c.is("PUT", "system", "props") && c.action().equals("replaceAll")) {
      Object p = c.args().get("props");
      if (!(p instanceof Map<?, ?> m)) {
        return argError("PROPS-ARG-ERROR", "props must be a hash");
      }
      props.clear();
      m.forEach((k, v) -> props.put(String.valueOf(k), v instanceof Map<?, ?> vm ? copy(vm) : new LinkedHashMap<>()));
      return json(200, props);
    }
    return unsupported(c);
  }

  private static Map<String, Object> copy(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  // ------------------------------------------------------------------ workflows

  private Optional<Wf> findWf(String idOrName) {
    for (Wf w : workflows.values()) {
      if (String.valueOf(w.id).equals(idOrName) || w.name.equals(idOrName)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  private Map<String, Object> wfJson(Wf w, ZoneId zone) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("workflowid", w.id);
    m.put("name", w.name);
    m.put("version", w.version);
    m.put("enabled", w.enabled);
    m.put("autostart", w.autostart);
    long ready = orders.values().stream().filter(o -> o.wf == w && o.status.equals("READY")).count();
    m.put("READY", ready);
    return m;
  }

  private MockResponse workflows(Call c) {
    if (c.is("GET", "workflows")) {
      if (c.action().equals("list")) {
        return json(200, workflows.values().stream().map(w -> w.name).toList());
      }
      return json(200, workflows.values().stream().map(w -> wfJson(w, c.zone())).toList());
    }
    if (c.seg().size() < 2) {
      return unsupported(c);
    }
    Optional<Wf> found = findWf(c.s(1));
    if (found.isEmpty()) {
      return notFound("workflow \"" + c.s(1) + "\"");
    }
    Wf w = found.get();
    if (c.is("GET", "workflows", "*")) {
      return json(200, wfJson(w, c.zone()));
    }
    if (c.is("POST", "workflows", "*") && (c.action().equals("createOrder") || c.action().equals("execSynchronous"))) {
      return createOrder(c, w, c.action().equals("execSynchronous"));
    }
    if (c.is("PUT", "workflows", "*")) {
      switch (c.action()) {
        case "enable":
        case "disable":
          w.enabled = c.action().equals("enable");
          return json(200, Map.of("workflowid", w.id, "name", w.name, "version", w.version,
              "info", "workflow " + w.name + " " + c.action() + "d"));
        case "setAutostart":
          w.autostart = Integer.parseInt(Objects.requireNonNullElse(c.arg("autostart"), "0"));
          return json(200, Map.of("updated", true, "autostart", w.autostart, "info", "ok", "started", 0));
        default:
          return unsupported(c);
      }
    }
    if (c.is("GET", "workflows", "*", "orders")) {
      return orderSearch(c, o -> o.wf == w);
    }
    if (c.seg().size() == 4 && c.s(2).equals("orders")) {
      Order o = parseId(c.s(3)).map(orders::get).orElse(null);
      if (o == null || o.wf != w) {
        return notFound("workflow order " + c.s(3) + " of workflow " + w.name);
      }
      return orders(new Call(c.r(), List.of("orders", c.s(3)), c.action(), c.args(), c.zone()));
    }
    return unsupported(c);
  }

  private MockResponse createOrder(Call c, Wf w, boolean sync) {
    if (!w.enabled) {
      return conflict("WORKFLOW-DISABLED", "workflow " + w.name + " is disabled");
    }
    Object sd = c.args().get("staticdata");
    if (!(sd instanceof Map<?, ?>) && c.args().get("external_order_instanceid") == null) {
      return argError("CREATE-ORDER-ARG-ERROR", "either staticdata or external_order_instanceid must be given");
    }
    List<String> claimed = new ArrayList<>();
    List<Map.Entry<String, String>> keyValues = new ArrayList<>();
    for (String kind : List.of("global_unique_key", "workflow_unique_key", "workflow_specific_unique_key")) {
      Object v = c.args().get(kind);
      if (v == null) {
        continue;
      }
      if (!(v instanceof Map<?, ?> m)) {
        return argError("CREATE-ORDER-ARG-ERROR", kind + " must be a hash");
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String scope = switch (kind) {
          case "global_unique_key" -> "*";
          case "workflow_unique_key" -> "name:" + w.name;
          default -> "id:" + w.id;
        };
        String k = scope + "|" + e.getKey() + "=" + e.getValue();
        String globalProbe = "*|" + e.getKey() + "=" + e.getValue();
        if (uniqueKeys.containsKey(k) || uniqueKeys.containsKey(globalProbe) || claimed.contains(k)) {
          return text(409, "409 Conflict: DUPLICATE-ORDER-KEY: order key \"" + e.getKey() + "\" with value \""
              + e.getValue() + "\" already exists (" + kind + ") for workflow_instanceid "
              + uniqueKeys.getOrDefault(k, uniqueKeys.get(globalProbe)));
        }
        claimed.add(k);
        keyValues.add(Map.entry(String.valueOf(e.getKey()), String.valueOf(e.getValue())));
      }
    }
    Order o = newOrder(w, sd instanceof Map<?, ?> m ? copy(m) : Map.of());
    ordersCreated.incrementAndGet();
    for (String k : claimed) {
      uniqueKeys.put(k, o.id);
    }
    keyValues.forEach(e -> o.keys.put(e.getKey(), e.getValue()));
    if (c.args().get("orderkeys") instanceof Map<?, ?> ok) {
      o.keys.putAll(copy(ok));
    }
    if (c.args().get("dynamicdata") instanceof Map<?, ?> dd) {
      o.dynamicData.putAll(copy(dd));
    }
    if (c.args().get("sensitive_data") instanceof Map<?, ?> sens) {
      o.sensitive.putAll(copy(sens));
    }
    if (c.args().get("priority") instanceof Number p) {
      o.priority = p.intValue();
    }
    if ("BLOCKED".equals(c.arg("status"))) {
      o.status = "BLOCKED";
    }
    if (sync) {
      run(o);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("workflow_instanceid", o.id);
      m.put("status", o.status);
      m.put("dynamicdata", o.dynamicData);
      return json(200, m);
    }
    return json(200, Map.of("workflow_instanceid", o.id));
  }

  private Order newOrder(Wf w, Map<String, Object> staticData) {
    Order o = new Order();
    o.id = ids.incrementAndGet();
    o.wf = w;
    o.staticData.putAll(staticData);
    o.started = clock().instant();
    o.modified = o.started;
    orders.put(o.id, o);
    return o;
  }

  // ------------------------------------------------------------------ orders

  private Map<String, Object> orderJson(Order o, ZoneId zone, boolean full) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", o.wf.name);
    m.put("version", o.wf.version);
    m.put("workflow_instanceid", o.id);
    m.put("workflowid", o.wf.id);
    m.put("workflowstatus", o.status);
    m.put("started", date(o.started, zone));
    m.put("modified", date(o.modified, zone));
    m.put("priority", o.priority);
    m.put("operator_lock", o.operatorLock);
    m.put("note_count", o.notes.size());
    if (full) {
      m.put("staticdata", o.staticData);
      m.put("dynamicdata", o.dynamicData);
      m.put("keys", o.keys);
      m.put("has_sensitive_data", !o.sensitive.isEmpty());
      if (!o.sensitive.isEmpty()) {
        m.put("sensitive_data", o.sensitive);
      }
      m.put("notes", o.notes);
    }
    return m;
  }

  private MockResponse orderSearch(Call c, java.util.function.Predicate<Order> filter) {
    List<String> statuses = c.arg("status") == null ? List.of() : List.of(c.arg("status").split(","));
    int limit = c.arg("limit") == null ? 100 : Integer.parseInt(c.arg("limit"));
    int offset = c.arg("offset") == null ? 0 : Integer.parseInt(c.arg("offset"));
    Comparator<Order> order = Comparator.comparingLong(o -> o.id);
    if ("true".equals(c.arg("desc"))) {
      order = order.reversed();
    }
    return json(200, orders.values().stream().filter(filter)
        .filter(o -> statuses.isEmpty() || statuses.contains(o.status))
        .filter(o -> c.arg("workflowid") == null || List.of(c.arg("workflowid").split(",")).contains(String.valueOf(o.wf.id)))
        .sorted(order).skip(offset).limit(limit).map(o -> orderJson(o, c.zone(), false)).toList());
  }

  private static Optional<Long> parseId(String s) {
    try {
      return Optional.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private MockResponse orders(Call c) {
    if (c.is("GET", "orders") && c.action().isEmpty()) {
      return orderSearch(c, o -> true);
    }
    if (c.is("GET", "orders") && c.action().equals("searchSensitiveData")) {
      String skey = c.arg("skey");
      String svalue = c.arg("svalue");
      if (skey == null || svalue == null) {
        return argError("SENSITIVE-DATA-ARG-ERROR", "skey and svalue are required");
      }
      return orderSearch(c, o -> o.sensitive.get(skey) instanceof Map<?, ?> m && m.containsKey(svalue));
    }
    if (c.seg().size() != 2) {
      return unsupported(c);
    }
    long id;
    try {
      id = Long.parseLong(c.s(1));
    } catch (NumberFormatException e) {
      return argError("ORDER-ARG-ERROR", "\"" + c.s(1) + "\" is not a workflow_instanceid");
    }
    Order o = orders.get(id);
    if (o == null) {
      return notFound("workflow order " + id);
    }
    if (c.is("GET", "orders", "*")) {
      switch (c.action()) {
        case "":
          return json(200, orderJson(o, c.zone(), true));
        case "notes":
          return json(200, o.notes);
        default:
          return unsupported(c);
      }
    }
    if (c.is("POST", "orders", "*") && c.action().equals("notes")) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("note", c.arg("note"));
      n.put("username", "admin");
      n.put("created", date(clock().instant(), c.zone()));
      o.notes.add(n);
      return json(200, "OK");
    }
    if (!c.is("PUT", "orders", "*")) {
      return unsupported(c);
    }
    o.modified = clock().instant();
    switch (c.action()) {
      case "block":
        return transition(o, List.of("READY", "ERROR", "SCHEDULED", "RETRY", "WAITING"), "BLOCKED", "BLOCK-WORKFLOW-ERROR");
      case "unblock":
        return transition(o, List.of("BLOCKED"), "READY", "BLOCK-WORKFLOW-ERROR");
      case "cancel":
        return transition(o, List.of("READY", "ERROR", "SCHEDULED", "RETRY", "WAITING", "BLOCKED"), "CANCELED",
            "CANCEL-WORKFLOW-ERROR");
      case "uncancel":
        return transition(o, List.of("CANCELED"), "READY", "CANCEL-WORKFLOW-ERROR");
      case "retry":
        return transition(o, List.of("ERROR", "RETRY"), "RETRY", "STATUS-ERROR");
      case "setError":
        return transition(o, List.of("READY", "RETRY", "WAITING", "IN-PROGRESS", "INCOMPLETE"), "ERROR", "STATUS-ERROR");
      case "lock":
        o.operatorLock = "admin";
        return json(200, "OK");
      case "unlock":
        o.operatorLock = null;
        return json(200, "OK");
      case "setPriority":
        o.priority = Integer.parseInt(Objects.requireNonNullElse(c.arg("priority"), "500"));
        return json(200, "OK");
      case "staticData":
      case "dynamicData": {
        Object nd = c.args().get("newdata");
        Map<String, Object> target = c.action().equals("staticData") ? o.staticData : o.dynamicData;
        target.clear();
        if (nd instanceof Map<?, ?> m) {
          target.putAll(copy(m));
        }
        return json(200, "OK");
      }
      default:
        return unsupported(c);
    }
  }

  private MockResponse transition(Order o, Collection<String> from, String to, String code) {
    if (!from.contains(o.status)) {
      return conflict(code, "workflow_instanceid " + o.id + " has status " + o.status + "; cannot set it to " + to);
    }
    o.status = to;
    return json(200, Map.of("workflow_status", to));
  }

  // ------------------------------------------------------------------ jobs

  private Optional<Job> findJob(String idOrName) {
    return jobs.values().stream().filter(j -> String.valueOf(j.id).equals(idOrName) || j.name.equals(idOrName)).findFirst();
  }

  private Map<String, Object> jobJson(Job j) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jobid", j.id);
    m.put("name", j.name);
    m.put("version", "1.0");
    m.put("enabled", j.enabled);
    m.put("active", j.active);
    return m;
  }

  private MockResponse jobs(Call c) {
    if (c.is("GET", "jobs")) {
      return json(200, jobs.values().stream().map(this::jobJson).toList());
    }
    if (c.seg().size() < 2) {
      return unsupported(c);
    }
    Optional<Job> found = findJob(c.s(1));
    if (found.isEmpty()) {
      return notFound("job \"" + c.s(1) + "\"");
    }
    Job j = found.get();
    if (c.is("GET", "jobs", "*")) {
      return json(200, jobJson(j));
    }
    if (c.is("GET", "jobs", "*", "results")) {
      int limit = c.arg("limit") == null ? 100 : Integer.parseInt(c.arg("limit"));
      int offset = c.arg("offset") == null ? 0 : Integer.parseInt(c.arg("offset"));
      return json(200, j.results.stream().skip(offset).limit(limit).toList());
    }
    if (c.is("PUT", "jobs", "*")) {
      switch (c.action()) {
        case "run": {
          if (!j.enabled || !j.active) {
            return conflict("JOB-ERROR", "job " + j.name + " is not enabled and active");
          }
          Map<String, Object> res = new LinkedHashMap<>();
          long instance = ids.incrementAndGet();
          res.put("job_instanceid", instance);
          res.put("jobid", j.id);
          res.put("name", j.name);
          res.put("jobstatus", "COMPLETE");
          res.put("started", date(clock().instant(), c.zone()));
          j.results.add(res);
          return json(200, Map.of("job_instanceid", instance, "status", "COMPLETE"));
        }
        case "enable":
        case "disable":
          j.enabled = c.action().equals("enable");
          return json(200, Map.of("jobid", j.id, "name", j.name, "version", "1.0", "info", "job " + c.action() + "d"));
        case "setActive":
          j.active = Boolean.parseBoolean(Objects.requireNonNullElse(c.arg("active"), "true"));
          return json(200, Map.of("jobid", j.id, "name", j.name, "active", j.active, "info", "ok"));
        default:
          return unsupported(c);
      }
    }
    return unsupported(c);
  }

  // ------------------------------------------------------------------ services

  private Optional<Svc> findSvc(String idOrName) {
    return services.values().stream().filter(s -> String.valueOf(s.id).equals(idOrName) || s.name.equals(idOrName))
        .findFirst();
  }

  private Map<String, Object> svcJson(Svc s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("serviceid", s.id);
    m.put("type", "user");
    m.put("name", s.name);
    m.put("version", "1.0");
    m.put("status", s.status);
    m.put("enabled", s.enabled);
    m.put("methods", s.methods.keySet().stream().map(n -> Map.of("name", n)).toList());
    return m;
  }

  private MockResponse services(Call c) {
    if (c.is("GET", "services")) {
      return json(200, services.values().stream().map(this::svcJson).toList());
    }
    if (c.seg().size() < 2) {
      return unsupported(c);
    }
    Optional<Svc> found = findSvc(c.s(1));
    if (found.isEmpty()) {
      return notFound("service \"" + c.s(1) + "\"");
    }
    Svc s = found.get();
    if (c.is("GET", "services", "*")) {
      return json(200, svcJson(s));
    }
    if (c.is("PUT", "services", "*")) {
      switch (c.action()) {
        case "load":
        case "start":
        case "init":
          s.status = "running";
          return json(200, "OK");
        case "unload":
        case "stop":
          s.status = "unloaded";
          return json(200, "OK");
        default:
          return unsupported(c);
      }
    }
    if (c.seg().size() == 3) {
      Function<List<Object>, Object> m = s.methods.get(c.s(2));
      if (m == null) {
        return notFound("service method " + s.name + "." + c.s(2));
      }
      if (c.is("GET", "services", "*", "*")) {
        return json(200, Map.of("name", c.s(2), "serviceid", s.id, "service_name", s.name, "service_status", s.status));
      }
      if (c.is("PUT", "services", "*", "*") && c.action().equals("call")) {
        if (!s.enabled) {
          return conflict("SERVICE-DISABLED", "service " + s.name + " is disabled");
        }
        s.status = "running";
        Object a = c.args().get("args");
        List<Object> list = a == null ? List.of() : a instanceof List<?> l ? new ArrayList<>(l) : List.of(a);
        Map<String, Object> holder = new HashMap<>();
        holder.put("v", m.apply(list));
        return json(200, holder.get("v"));
      }
    }
    return unsupported(c);
  }
  // ------------------------------------------------------------------ value maps

  private MockResponse valueMaps(Call c) {
    if (c.is("GET", "valuemaps")) {
      return json(200, valueMaps.values().stream().map(QorusEmulator::withoutValues).toList());
    }
    if (c.seg().size() < 2) {
      return unsupported(c);
    }
    Map<String, Object> vm = valueMaps.values().stream()
        .filter(v -> v.get("name").equals(c.s(1)) || String.valueOf(v.get("id")).equals(c.s(1))).findFirst().orElse(null);
    if (vm == null) {
      return notFound("value map \"" + c.s(1) + "\"");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) vm.get("values");
    if (c.is("GET", "valuemaps", "*")) {
      switch (c.action()) {
        case "":
          return json(200, withoutValues(vm));
        case "dump":
          return json(200, values);
        case "lookup":
          if (!values.containsKey(c.arg("key"))) {
            return notFound("value map key \"" + c.arg("key") + "\"");
          }
          return json(200, values.get(c.arg("key")));
        default:
          return unsupported(c);
      }
    }
    if (c.is("GET", "valuemaps", "*", "*")) {
      if (!values.containsKey(c.s(2))) {
        return notFound("value map key \"" + c.s(2) + "\"");
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", c.s(2));
      m.put("value", values.get(c.s(2)));
      m.put("enabled", true);
      return json(200, m);
    }
    if (c.is("PUT", "valuemaps", "*") && c.action().equals("value")) {
      if (c.arg("key") == null) {
        return argError("VALUE-MAP-ARG-ERROR", "missing key");
      }
      if (c.args().get("value") == null) {
        values.remove(c.arg("key"));
      } else {
        values.put(c.arg("key"), c.args().get("value"));
      }
      return json(200, "OK");
    }
    return unsupported(c);
  }

  private static Map<String, Object> withoutValues(Map<String, Object> vm) {
    Map<String, Object> m = new LinkedHashMap<>(vm);
    Object values = m.remove("values");
    m.put("mapsize", values instanceof Map<?, ?> v ? v.size() : 0);
    return m;
  }

  // ------------------------------------------------------------------ connections

  private MockResponse remote(Call c) {
    if (c.seg().size() < 2 || !c.s(1).equals("user")) {
      return c.is("GET", "remote") ? json(200, new ArrayList<>(connections.values())) : unsupported(c);
    }
    if (c.is("GET", "remote", "user")) {
      return json(200, new ArrayList<>(connections.values()));
    }
    if (c.is("POST", "remote", "user")) {
      if (c.arg("name") == null || c.arg("url") == null) {
        return argError("CONNECTION-ARG-ERROR", "name, desc and url are required");
      }
      if (connections.containsKey(c.arg("name"))) {
        return conflict("CONNECTION-ERROR", "connection \"" + c.arg("name") + "\" already exists");
      }
      addUserConnection(c.arg("name"), c.arg("url"), true);
      return json(200, Map.of("info", "created connection " + c.arg("name")));
    }
    if (c.seg().size() != 3) {
      return unsupported(c);
    }
    Map<String, Object> conn = connections.get(c.s(2));
    if (conn == null) {
      return notFound("connection \"" + c.s(2) + "\"");
    }
    if (c.is("GET", "remote", "user", "*")) {
      return json(200, conn);
    }
    if (c.is("DELETE", "remote", "user", "*")) {
      connections.remove(c.s(2));
      return json(200, Map.of("info", "deleted connection " + c.s(2)));
    }
    if (c.is("PUT", "remote", "user", "*") && c.action().equals("ping")) {
      boolean up = Boolean.TRUE.equals(conn.get("up"));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ok", up);
      m.put("name", conn.get("name"));
      m.put("desc", conn.get("desc"));
      m.put("url", conn.get("url"));
      m.put("time", up ? 0.002 : 0);
      m.put("info", up ? "OK" : "SOCKET-CONNECT-ERROR: connection refused");
      return json(200, m);
    }
    return unsupported(c);
  }

  // ------------------------------------------------------------------ SLAs

  private MockResponse slas(Call c) {
    if (c.is("GET", "slas") && c.action().isEmpty()) {
      return json(200, new ArrayList<>(slas.values()));
    }
    if (c.is("GET", "slas") && c.action().equals("events")) {
      return json(200, List.of());
    }
    if (c.is("POST", "slas")) {
      if (c.arg("name") == null || c.arg("description") == null) {
        return argError("SLA-ARG-ERROR", "name and description are required");
      }
      if (slas.containsKey(c.arg("name"))) {
        return conflict("DUPLICATE-SLA", "SLA \"" + c.arg("name") + "\" already exists");
      }
      Map<String, Object> sla = new LinkedHashMap<>();
      sla.put("slaid", ids.incrementAndGet());
      sla.put("name", c.arg("name"));
      sla.put("units", Objects.requireNonNullElse(c.arg("units"), "seconds"));
      sla.put("description", c.arg("description"));
      sla.put("methods", new ArrayList<Object>());
      sla.put("jobs", new ArrayList<Object>());
      slas.put(c.arg("name"), sla);
      return json(200, sla);
    }
    if (c.seg().size() != 2) {
      return unsupported(c);
    }
    Map<String, Object> sla = slas.values().stream()
        .filter(v -> v.get("name").equals(c.s(1)) || String.valueOf(v.get("slaid")).equals(c.s(1))).findFirst().orElse(null);
    if (sla == null) {
      return notFound("SLA \"" + c.s(1) + "\"");
    }
    if (c.is("GET", "slas", "*") && c.action().isEmpty()) {
      return json(200, sla);
    }
    if (c.is("DELETE", "slas", "*")) {
      slas.remove(String.valueOf(sla.get("name")));
      return json(200, sla);
    }
    if (c.is("PUT", "slas", "*") && (c.action().equals("setJob") || c.action().equals("removeJob"))) {
      String job = c.arg("job");
      if (job == null || findJob(job).isEmpty()) {
        return notFound("job \"" + job + "\"");
      }
      @SuppressWarnings("unchecked")
      List<Object> jobList = (List<Object>) sla.get("jobs");
      boolean set = c.action().equals("setJob");
      boolean removed = false;
      if (set && !jobList.contains(job)) {
        jobList.add(job);
      } else if (!set) {
        removed = jobList.remove(job);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("job", job);
      m.put("slaid", sla.get("slaid"));
      if (!set) {
        m.put("removed", removed);
      }
      return json(200, m);
    }
    return unsupported(c);
  }

  // ------------------------------------------------------------------ users, roles, permissions

  private MockResponse users(Call c, EmulatorRequest r) {
    if (c.is("GET", "users")) {
      switch (c.action()) {
        case "current": {
          String user = currentUser(r);
          return json(200, userInfo.getOrDefault(user, Map.of("username", user, "name", user, "roles", List.of())));
        }
        case "list":
          return json(200, new ArrayList<>(users.keySet()));
        default:
          return json(200, users.keySet().stream().map(u -> userInfo.getOrDefault(u, Map.of("username", u))).toList());
      }
    }
    if (c.is("POST", "users")) {
      String u = c.arg("username");
      if (u == null || c.arg("pass") == null || c.arg("name") == null) {
        return argError("USER-ARG-ERROR", "username, pass and name are required");
      }
      if (users.containsKey(u)) {
        return conflict("DUPLICATE-USER", "user \"" + u + "\" already exists");
      }
      users.put(u, c.arg("pass"));
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("username", u);
      info.put("name", c.arg("name"));
      Object roleArg = c.args().get("roles");
      info.put("roles", roleArg instanceof List<?> l ? new ArrayList<>(l) : roleArg == null ? List.of() : List.of(roleArg));
      userInfo.put(u, info);
      return json(200, info);
    }
    if (c.seg().size() == 2 && !users.containsKey(c.s(1))) {
      return notFound("user \"" + c.s(1) + "\"");
    }
    if (c.is("GET", "users", "*")) {
      return json(200, userInfo.getOrDefault(c.s(1), Map.of("username", c.s(1))));
    }
    if (c.is("DELETE", "users", "*")) {
      users.remove(c.s(1));
      userInfo.remove(c.s(1));
      return json(200, Map.of("info", "deleted user " + c.s(1)));
    }
    return unsupported(c);
  }

  private String currentUser(EmulatorRequest r) {
    Optional<String> token = r.header("Qorus-Token");
    if (token.isPresent() && tokenUsers.containsKey(token.get())) {
      return tokenUsers.get(token.get());
    }
    return r.header("Authorization").filter(a -> a.startsWith("Basic "))
        .map(a -> new String(Base64.getDecoder().decode(a.substring(6)), StandardCharsets.UTF_8).split(":", 2)[0])
        .orElse("anonymous");
  }

  private MockResponse named(Call c, Map<String, Map<String, Object>> store, String key, String code, List<String> fields) {
    String group = c.seg().get(0);
    if (c.is("GET", group)) {
      return c.action().equals("list") ? json(200, new ArrayList<>(store.keySet())) : json(200, new ArrayList<>(store.values()));
    }
    if (c.is("POST", group)) {
      String name = c.arg(fields.get(0));
      if (name == null || c.arg("desc") == null) {
        return argError(code + "-ARG-ERROR", fields.get(0) + " and desc are required");
      }
      if (store.containsKey(name)) {
        return conflict("DUPLICATE-" + code, key + " \"" + name + "\" already exists");
      }
      Map<String, Object> v = new LinkedHashMap<>();
      for (String f : fields) {
        Object a = c.args().get(f);
        v.put(f.equals("perms") ? "permissions" : f, a == null && (f.equals("perms") || f.equals("groups")) ? List.of() : a);
      }
      store.put(name, v);
      return json(200, v);
    }
    if (c.seg().size() != 2) {
      return unsupported(c);
    }
    Map<String, Object> v = store.get(c.s(1));
    if (v == null) {
      return notFound(key + " \"" + c.s(1) + "\"");
    }
    if (c.is("GET", group, "*")) {
      return json(200, v);
    }
    if (c.is("DELETE", group, "*")) {
      store.remove(c.s(1));
      return json(200, Map.of("info", "deleted " + key + " " + c.s(1)));
    }
    return unsupported(c);
  }
}
