package org.gedkit.ezged;

import java.util.Optional;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.ezged.internal.Wire;

/**
 * Options of {@code query/getexec}: page size ({@code limitgridlines}, 20 by default), filter, sort order.
 * Immutable and thread-safe.
 */
public final class ExecOptions {

  /** The page size EzGED uses by default. */
  public static final int DEFAULT_PAGE_SIZE = 20;
  /** The largest page size this SDK asks for. */
  public static final int MAX_PAGE_SIZE = 10_000;

  private static final ExecOptions DEFAULTS = builder().build();

  private final int pageSize;
  private final QueryFilter filter;
  private final String orderField;
  private final SortDirection orderDirection;
  private final boolean ignoreMasked;

  private ExecOptions(Builder b) {
    this.pageSize = b.pageSize;
    this.filter = b.filter;
    this.orderField = b.orderField;
    this.orderDirection = b.orderDirection;
    this.ignoreMasked = b.ignoreMasked;
  }

  /**
   * The defaults: 20 rows a page, no filter, server order.
   *
   * @return the defaults; never null
   */
  public static ExecOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts options.
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
    Builder b = new Builder();
    b.pageSize = pageSize;
    b.filter = filter;
    b.orderField = orderField;
    b.orderDirection = orderDirection;
    b.ignoreMasked = ignoreMasked;
    return b;
  }

  /**
   * Rows per request ({@code limitgridlines}).
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * The filter.
   *
   * @return the filter, or empty
   */
  public Optional<QueryFilter> filter() {
    return Optional.ofNullable(filter);
  }

  /**
   * The sort field ({@code qryusrorderfld}).
   *
   * @return the field, or empty
   */
  public Optional<String> orderField() {
    return Optional.ofNullable(orderField);
  }

  /**
   * The sort direction ({@code qryusrorderdirection}).
   *
   * @return the direction; never null
   */
  public SortDirection orderDirection() {
    return orderDirection;
  }

  /**
   * Whether {@code ignoremasked=1} is sent.
   *
   * @return true when sent
   */
  public boolean ignoreMasked() {
    return ignoreMasked;
  }

  @Override
  public String toString() {
    return "ExecOptions[pageSize=" + pageSize + (filter == null ? "" : ", " + filter)
        + (orderField == null ? "" : ", orderBy=" + orderField + " " + orderDirection) + "]";
  }

  /** Builds {@link ExecOptions}; not thread-safe. */
  public static final class Builder {
    private int pageSize = DEFAULT_PAGE_SIZE;
    private QueryFilter filter;
    private String orderField;
    private SortDirection orderDirection = SortDirection.ASC;
    private boolean ignoreMasked;

    private Builder() {}

    /**
     * Rows per request.
     *
     * @param n 1 to {@value #MAX_PAGE_SIZE}
     * @return this builder
     * @throws InvalidArgumentException when out of range
     */
    public Builder pageSize(int n) {
      if (n < 1 || n > MAX_PAGE_SIZE) {
        throw new InvalidArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + n,
            ErrorDetails.of("ezged", Wire.EXEC));
      }
      this.pageSize = n;
      return this;
    }

    /**
     * The filter.
     *
     * @param f the filter, or null for none
     * @return this builder
     */
    public Builder filter(QueryFilter f) {
      this.filter = f;
      return this;
    }

    /**
     * Sorts on a field.
     *
     * @param field the fully qualified field
     * @param direction the direction
     * @return this builder
     * @throws InvalidArgumentException when the field is blank or the direction null
     */
    public Builder orderBy(String field, SortDirection direction) {
      if (field == null || field.isBlank()) {
        throw new InvalidArgumentException("orderBy field must not be blank", ErrorDetails.of("ezged", Wire.EXEC));
      }
      if (direction == null) {
        throw new InvalidArgumentException("orderBy direction must not be null", ErrorDetails.of("ezged", Wire.EXEC));
      }
      this.orderField = field;
      this.orderDirection = direction;
      return this;
    }

    /**
     * Sends {@code ignoremasked=1}.
     *
     * @param value whether to send it
     * @return this builder
     */
    public Builder ignoreMasked(boolean value) {
      this.ignoreMasked = value;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options; never null
     */
    public ExecOptions build() {
      return new ExecOptions(this);
    }
  }
}
