package org.gedkit.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The faults waiting to hit the next matching requests. Thread-safe.
 *
 * <pre>{@code
 * emulator.faults().next(2, "GET", "/api/folders.*", Fault.status(503, "1"));
 * emulator.faults().next(1, Fault.resetMidBody());   // any request
 * }</pre>
 */
public final class FaultInjector {

  private final List<Rule> rules = new ArrayList<>();

  FaultInjector() {}

  /**
   * The next {@code times} requests of any kind fail with {@code fault}.
   *
   * @param times how many requests
   * @param fault the fault
   * @return this injector
   */
  public FaultInjector next(int times, Fault fault) {
    return next(times, null, ".*", fault);
  }

  /**
   * The next {@code times} requests matching the method and path fail with {@code fault}.
   *
   * <p>The regular expression must match the whole decoded path, or the whole decoded path followed by
   * {@code ?} and the decoded query (for back ends that route on a query parameter, e.g. EzGED's
   * {@code /data/service\.php\?service=doctbl/insertrow(&.*)?}). A regular expression that matches the path
   * alone matches whatever the query.
   *
   * @param times how many requests
   * @param method the HTTP method, or null for any
   * @param pathRegex a regular expression the whole path (or path and query) must match
   * @param fault the fault
   * @return this injector
   */
  public synchronized FaultInjector next(int times, String method, String pathRegex, Fault fault) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    rules.add(new Rule(method, Pattern.compile(pathRegex), Objects.requireNonNull(fault, "fault"), times));
    return this;
  }

  /** Removes every pending fault. */
  public synchronized void clear() {
    rules.clear();
  }

  /**
   * How many faults are still pending.
   *
   * @return the count
   */
  public synchronized int pending() {
    return rules.stream().mapToInt(r -> r.left).sum();
  }

  synchronized Fault take(String method, String path) {
    return take(method, path, null);
  }

  /**
   * Takes the first fault whose rule matches the method and the path, or the path with its query.
   *
   * @param method the request method
   * @param path the decoded path
   * @param query the decoded query (without {@code ?}), or null when there is none
   * @return the fault, or null
   */
  synchronized Fault take(String method, String path, String query) {
    String withQuery = query == null ? null : path + "?" + query;
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule r = it.next();
      if ((r.method == null || r.method.equalsIgnoreCase(method))
          && (r.path.matcher(path).matches() || withQuery != null && r.path.matcher(withQuery).matches())) {
        if (--r.left == 0) {
          it.remove();
        }
        return r.fault;
      }
    }
    return null;
  }

  private static final class Rule {
    final String method;
    final Pattern path;
    final Fault fault;
    int left;

    Rule(String method, Pattern path, Fault fault, int left) {
      this.method = method;
      this.path = path;
      this.fault = fault;
      this.left = left;
    }
  }
}
