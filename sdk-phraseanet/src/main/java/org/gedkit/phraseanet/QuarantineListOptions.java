package org.gedkit.phraseanet;

import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * Options of {@link QuarantineApi#list(QuarantineListOptions)}. Immutable.
 *
 * @param offsetStart the index of the first item to list ({@code offset_start}); 0 or more
 * @param perPage how many items each request asks for ({@code per_page}); 1 to 1000, 10 by default as
 *     on the server
 */
public record QuarantineListOptions(long offsetStart, int perPage) {

  /** The server's default page size. */
  public static final int DEFAULT_PER_PAGE = 10;
  /** The largest page size the server honours (it clamps larger values). */
  public static final int MAX_PER_PAGE = 1000;

  /**
   * Checks the components.
   *
   * @param offsetStart see the record description
   * @param perPage see the record description
   * @throws InvalidArgumentException when {@code offsetStart} is negative or {@code perPage} is not in
   *     1..1000
   */
  public QuarantineListOptions {
    ErrorDetails ctx = ErrorDetails.of(PhraseanetClient.BACKEND, QuarantineApi.OP_LIST);
    if (offsetStart < 0) {
      throw new InvalidArgumentException("offsetStart must not be negative, was " + offsetStart, ctx);
    }
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new InvalidArgumentException("perPage must be between 1 and " + MAX_PER_PAGE + ", was " + perPage, ctx);
    }
  }

  /**
   * The defaults: from the first item, 10 per page.
   *
   * @return the options; never null
   */
  public static QuarantineListOptions defaults() {
    return new QuarantineListOptions(0, DEFAULT_PER_PAGE);
  }

  /**
   * Starts options from the defaults.
   *
   * @return a builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options.
   *
   * @return a builder; never null
   */
  public Builder toBuilder() {
    return new Builder().offsetStart(offsetStart).perPage(perPage);
  }

  /** Builds {@link QuarantineListOptions}; checks happen in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private long offsetStart;
    private int perPage = DEFAULT_PER_PAGE;

    private Builder() {}

    /**
     * Sets the index of the first item.
     *
     * @param value 0 or more
     * @return this builder
     */
    public Builder offsetStart(long value) {
      this.offsetStart = value;
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param value 1 to 1000
     * @return this builder
     */
    public Builder perPage(int value) {
      this.perPage = value;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options; never null
     * @throws InvalidArgumentException when a value is out of range
     */
    public QuarantineListOptions build() {
      return new QuarantineListOptions(offsetStart, perPage);
    }
  }
}
