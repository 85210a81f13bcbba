package org.gedkit.core.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a listing: its items, the total count when the server gives it, and the opaque cursor of
 * the next page for cursor-style listings. Immutable.
 *
 * @param <T> the item type
 */
public final class Page<T> {

  private final List<T> items;
  private final Long totalCount;
  private final String nextCursor;
  private final boolean last;

  private Page(List<T> items, Long totalCount, String nextCursor, boolean last) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.totalCount = totalCount;
    this.nextCursor = nextCursor;
    this.last = last;
  }

  /**
   * A page of an offset-style listing without a total.
   *
   * @param items the items
   * @param <T> the item type
   * @return the page; never null
   */
  public static <T> Page<T> of(List<T> items) {
    return new Page<>(items, null, null, false);
  }

  /**
   * A page of an offset-style listing with the server's total.
   *
   * @param items the items
   * @param totalCount the total number of items of the listing
   * @param <T> the item type
   * @return the page; never null
   */
  public static <T> Page<T> of(List<T> items, long totalCount) {
    return new Page<>(items, totalCount, null, false);
  }

  /**
   * A page of a cursor-style listing.
   *
   * @param items the items
   * @param nextCursor the next page's cursor, or null when this is the last page
   * @param <T> the item type
   * @return the page; never null
   */
  public static <T> Page<T> withCursor(List<T> items, String nextCursor) {
    return new Page<>(items, null, nextCursor, nextCursor == null);
  }

  /**
   * The last page of any listing: nothing follows.
   *
   * @param items the items
   * @param <T> the item type
   * @return the page; never null
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null, null, true);
  }

  /**
   * A copy that is known to be the last page.
   *
   * @return the page; never null
   */
  public Page<T> asLast() {
    return new Page<>(items, totalCount, null, true);
  }

  /**
   * The items.
   *
   * @return the items; never null
   */
  public List<T> items() {
    return items;
  }

  /**
   * The total number of items of the whole listing, when the server says it.
   *
   * @return the total; never null
   */
  public OptionalLong totalCount() {
    return totalCount == null ? OptionalLong.empty() : OptionalLong.of(totalCount);
  }

  /**
   * The opaque cursor of the next page (cursor-style listings).
   *
   * @return the cursor; never null
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /**
   * Whether this page is known to be the last one.
   *
   * @return true when nothing follows
   */
  public boolean isLast() {
    return last;
  }

  @Override
  public String toString() {
    return "Page[items=" + items.size() + (totalCount == null ? "" : ", total=" + totalCount)
        + (last ? ", last" : "") + "]";
  }
}
