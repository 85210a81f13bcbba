package org.gedkit.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ErrorDetails;

/**
 * When and how long to wait before trying a call again.
 *
 * <p>Retries happen only in the transport, only for idempotent calls (or calls an adapter marks safe),
 * and only on connect failures, dropped connections and the statuses in {@link #retryableStatuses()}
 * (429, 502, 503, 504 by default). The wait is capped exponential backoff with jitter, replaced by the
 * server's {@code Retry-After} when it gives one (up to {@link #maxRetryAfter()}). A call that never
 * reached the server (connection refused) is retried whatever its method. Immutable and thread-safe.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(b.retryableStatuses);
  }

  /**
   * The default policy: 4 attempts, 200 ms doubling to at most 5 s, 20 % jitter, Retry-After up to 60 s.
   *
   * @return the policy; never null
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy that never retries.
   *
   * @return the policy; never null
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The total number of attempts, first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The statuses that may be retried.
   *
   * @return the statuses; never null
   */
  public Set<Integer> retryableStatuses() {
    return retryableStatuses;
  }

  /**
   * The longest {@code Retry-After} honoured; a longer one ends the retries.
   *
   * @return the cap; never null
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The wait before attempt {@code attempt + 1}.
   *
   * @param attempt the attempt that just failed, from 1
   * @param retryAfter what the server asked for, if anything
   * @return the wait, or empty when no retry should happen (the server asked for longer than the cap)
   */
  public Optional<Duration> delayBefore(int attempt, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration ra = retryAfter.get();
      return ra.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(ra);
    }
    long base = initialBackoff.toMillis() << Math.min(20, Math.max(0, attempt - 1));
    long capped = Math.min(base, maxBackoff.toMillis());
    double spread = capped * jitter;
    double r = spread == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-spread, spread);
    return Optional.of(Duration.ofMillis(Math.max(0, Math.round(capped + r))));
  }

  /**
   * A builder initialised with this policy's values.
   *
   * @return a builder; never null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxAttempts = maxAttempts;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.jitter = jitter;
    b.maxRetryAfter = maxRetryAfter;
    b.retryableStatuses = retryableStatuses;
    return b;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter + ", statuses="
        + retryableStatuses + "]";
  }

  /** Builds a {@link RetryPolicy}; not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryableStatuses = Set.of(429, 502, 503, 504);

    private Builder() {}

    /**
     * Sets the total number of attempts, first included.
     *
     * @param n at least 1
     * @return this builder
     */
    public Builder maxAttempts(int n) {
      if (n < 1) {
        throw invalid("maxAttempts must be at least 1, was " + n);
      }
      this.maxAttempts = n;
      return this;
    }

    /**
     * Sets the first backoff.
     *
     * @param d a non-negative duration
     * @return this builder
     */
    public Builder initialBackoff(Duration d) {
      this.initialBackoff = nonNegative(d, "initialBackoff");
      return this;
    }

    /**
     * Sets the backoff cap.
     *
     * @param d a non-negative duration
     * @return this builder
     */
    public Builder maxBackoff(Duration d) {
      this.maxBackoff = nonNegative(d, "maxBackoff");
      return this;
    }

    /**
     * Sets the jitter as a fraction of the backoff (0 to 1).
     *
     * @param fraction between 0 and 1
     * @return this builder
     */
    public Builder jitter(double fraction) {
      if (fraction < 0 || fraction > 1) {
        throw invalid("jitter must be between 0 and 1, was " + fraction);
      }
      this.jitter = fraction;
      return this;
    }

    /**
     * Sets the longest Retry-After honoured.
     *
     * @param d a non-negative duration
     * @return this builder
     */
    public Builder maxRetryAfter(Duration d) {
      this.maxRetryAfter = nonNegative(d, "maxRetryAfter");
      return this;
    }

    /**
     * Sets the statuses that may be retried.
     *
     * @param statuses HTTP statuses
     * @return this builder
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      this.retryableStatuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy; never null
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      if (d == null || d.isNegative()) {
        throw invalid(name + " must be a non-negative duration, was " + d);
      }
      return d;
    }

    private static InvalidArgumentException invalid(String msg) {
      return new InvalidArgumentException(msg, ErrorDetails.of("core", "RetryPolicy.build"));
    }
  }
}
