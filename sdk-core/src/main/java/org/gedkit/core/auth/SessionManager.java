package org.gedkit.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one back-end session for all threads of a client: logs in lazily, shares one login among all
 * threads (single flight: however many threads find the session expired together, exactly one logs in
 * again), renews before a known expiry, keeps an idle session alive on a schedule when asked, and logs
 * out on {@link #close()}.
 *
 * <p>Thread-safe. The session value is never logged.
 *
 * @param <S> the session type
 */
public final class SessionManager<S> implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SessionManager.class);

  private final String backend;
  private final Supplier<IssuedSession<S>> login;
  private final Consumer<S> logout;
  private final Clock clock;
  private final Duration renewBefore;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicLong logins = new AtomicLong();
  private volatile IssuedSession<S> current;
  private volatile Instant lastUsed;
  private volatile boolean closed;
  private ScheduledExecutorService keepAliveExecutor;

  private SessionManager(Builder<S> b) {
    this.backend = b.backend;
    this.login = b.login;
    this.logout = b.logout;
    this.clock = b.clock;
    this.renewBefore = b.renewBefore;
  }

  /**
   * Starts a session manager.
   *
   * @param backend the back end name, for errors and logs
   * @param login logs in and returns the new session; called under a lock, by one thread at a time
   * @param <S> the session type
   * @return a builder; never null
   */
  public static <S> Builder<S> builder(String backend, Supplier<IssuedSession<S>> login) {
    return new Builder<>(backend, login);
  }

  /**
   * The current session, logging in first if there is none or it is about to expire.
   *
   * @return the session; never null
   * @throws GedkitException when logging in fails, or the manager is closed
   */
  public S current() {
    IssuedSession<S> s = current;
    if (s != null) {
      // one clock read for both the expiry check and the use stamp, and no volatile write while the clock has
      // not moved by a millisecond (this runs on every call)
      Instant now = clock.instant();
      if (!expiringSoon(s, now)) {
        touch(now);
        return s.value();
      }
    }
    return renew(s == null ? null : s.value());
  }

  /** Records a use at {@code now}, unless the recorded one is less than a millisecond older. */
  private void touch(Instant now) {
    Instant used = lastUsed;
    if (used != null && used.getEpochSecond() == now.getEpochSecond()) {
      int ahead = now.getNano() - used.getNano();
      if (ahead >= 0 && ahead < 1_000_000) {
        return;
      }
    }
    lastUsed = now;
  }

  /**
   * Replaces the session {@code stale} by a new one, unless another thread already did: the single
   * flight that makes 64 threads with one expired session cause exactly one login.
   *
   * @param stale the session found expired, or null
   * @return the fresh session; never null
   * @throws GedkitException when logging in fails, or the manager is closed
   */
  public S renew(S stale) {
    lock.lock();
    try {
      if (closed) {
        throw new InvalidArgumentException("the client is closed", ErrorDetails.of(backend, "session"));
      }
      IssuedSession<S> s = current;
      if (s != null && s.value() != stale && !expiringSoon(s, clock.instant())) {
        lastUsed = clock.instant();
        return s.value();
      }
      current = null;
      IssuedSession<S> fresh = Objects.requireNonNull(login.get(), "login returned null");
      logins.incrementAndGet();
      LOG.debug("{}: logged in (login #{})", backend, logins.get());
      current = fresh;
      lastUsed = clock.instant();
      return fresh.value();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Forgets the session {@code stale} if it is still the current one; the next {@link #current()} logs in.
   *
   * @param stale the session found expired
   */
  public void invalidate(S stale) {
    lock.lock();
    try {
      IssuedSession<S> s = current;
      if (s != null && s.value() == stale) {
        current = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * The current session without logging in.
   *
   * @return the session, or empty when not logged in
   */
  public Optional<S> peek() {
    IssuedSession<S> s = current;
    return s == null ? Optional.empty() : Optional.of(s.value());
  }

  /**
   * How many logins this manager made.
   *
   * @return the count
   */
  public long loginCount() {
    return logins.get();
  }

  /**
   * When the session was last used, if ever. Uses less than a millisecond apart are recorded once, so this may be up
   * to a millisecond older than the last use.
   *
   * @return the instant; never null
   */
  public Optional<Instant> lastUsed() {
    return Optional.ofNullable(lastUsed);
  }

  /**
   * Whether a logged-in session has been idle for at least {@code idle}.
   *
   * @param idle the idle time
   * @return true when a keep-alive ping is due
   */
  public boolean idleFor(Duration idle) {
    Instant used = lastUsed;
    return current != null && used != null && !clock.instant().isBefore(used.plus(idle));
  }

  /**
   * Pings the server with {@code ping} whenever the session has been idle for {@code interval}, on a
   * daemon thread, until {@link #close()}. A failing ping is logged and the session dropped (the next
   * call logs in again).
   *
   * @param interval how often to check; must be positive
   * @param ping the keep-alive call
   */
  public void startKeepAlive(Duration interval, Consumer<S> ping) {
    if (interval == null || interval.isZero() || interval.isNegative()) {
      throw new InvalidArgumentException("keep-alive interval must be positive", ErrorDetails.of(backend, "session"));
    }
    lock.lock();
    try {
      if (keepAliveExecutor != null || closed) {
        return;
      }
      keepAliveExecutor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gedkit-" + backend + "-keepalive");
        t.setDaemon(true);
        return t;
      });
      long ms = interval.toMillis();
      keepAliveExecutor.scheduleAtFixedRate(() -> keepAliveOnce(interval, ping), ms, ms, TimeUnit.MILLISECONDS);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Pings once if the session has been idle for {@code idle} (what the schedule runs; tests call it
   * directly with an advanced clock).
   *
   * @param idle the idle time after which to ping
   * @param ping the keep-alive call
   * @return true if a ping was sent
   */
  public boolean keepAliveOnce(Duration idle, Consumer<S> ping) {
    IssuedSession<S> s = current;
    if (s == null || closed || !idleFor(idle)) {
      return false;
    }
    try {
      ping.accept(s.value());
      lastUsed = clock.instant();
      return true;
    } catch (RuntimeException e) {
      LOG.debug("{}: keep-alive failed, the next call logs in again: {}", backend, e.getMessage());
      invalidate(s.value());
      return false;
    }
  }

  private boolean expiringSoon(IssuedSession<S> s, Instant now) {
    Optional<Instant> at = s.expiresAt();
    return at.isPresent() && !now.isBefore(at.get().minus(renewBefore));
  }

  /**
   * Logs out (if logged in) and stops the keep-alive. Idempotent; logout failures are logged, not thrown.
   */
  @Override
  public void close() {
    IssuedSession<S> s;
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      s = current;
      current = null;
      if (keepAliveExecutor != null) {
        keepAliveExecutor.shutdownNow();
      }
    } finally {
      lock.unlock();
    }
    if (s != null && logout != null) {
      try {
        logout.accept(s.value());
      } catch (RuntimeException e) {
        LOG.debug("{}: logout failed: {}", backend, e.getMessage());
      }
    }
  }

  /**
   * Whether {@link #close()} was called.
   *
   * @return true when closed
   */
  public boolean isClosed() {
    return closed;
  }

  @Override
  public String toString() {
    return "SessionManager[" + backend + ", loggedIn=" + (current != null) + ", logins=" + logins.get() + "]";
  }

  /**
   * Builds a {@link SessionManager}; not thread-safe.
   *
   * @param <S> the session type
   */
  public static final class Builder<S> {
    private final String backend;
    private final Supplier<IssuedSession<S>> login;
    private Consumer<S> logout;
    private Clock clock = Clock.systemUTC();
    private Duration renewBefore = Duration.ofSeconds(30);

    private Builder(String backend, Supplier<IssuedSession<S>> login) {
      this.backend = Objects.requireNonNull(backend, "backend");
      this.login = Objects.requireNonNull(login, "login");
    }

    /**
     * Sets the logout call made by {@link SessionManager#close()}.
     *
     * @param l the call
     * @return this builder
     */
    public Builder<S> logout(Consumer<S> l) {
      this.logout = l;
      return this;
    }

    /**
     * Sets the clock (tests inject one they can advance).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder<S> clock(Clock c) {
      this.clock = Objects.requireNonNull(c, "clock");
      return this;
    }

    /**
     * How long before a known expiry the session is renewed (30 s by default).
     *
     * @param d the margin
     * @return this builder
     */
    public Builder<S> renewBefore(Duration d) {
      this.renewBefore = Objects.requireNonNull(d, "renewBefore");
      return this;
    }

    /**
     * Builds the manager.
     *
     * @return the manager; never null
     */
    public SessionManager<S> build() {
      return new SessionManager<>(this);
    }
  }
}
