package org.gedkit.core.paging;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;

/**
 * A lazy listing: nothing is sent until it is iterated, pages are fetched one at a time as iteration
 * reaches them, and only the current page is held, so memory stays flat however many items there are.
 * Errors surface while iterating, as {@code GedkitException}s.
 *
 * <p>Each iteration starts again from the first page. Works for offset/limit listings
 * ({@link #offsetBased}) and cursor listings ({@link #cursorBased}). Thread-safe to share; each
 * iterator is for one thread.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

  /** Where the errors of a listing made without one are said to come from. */
  private static final ErrorDetails NOWHERE = ErrorDetails.of("core", "paging");

  private final Function<PageRequest, Page<T>> fetcher;
  private final int pageSize;
  private final long startOffset;
  private final boolean cursorStyle;
  /** The first page fetched by {@link #totalCount()} before any iteration, handed to the first iterator. */
  private final java.util.concurrent.atomic.AtomicReference<Page<T>> unclaimedFirstPage =
      new java.util.concurrent.atomic.AtomicReference<>();
  private volatile Long knownTotal;
  private volatile boolean totalKnown;

  /** The listing's errors name this back end and operation ({@code core}/{@code paging} when none was given). */
  private final ErrorDetails where;

  private PagedIterable(Function<PageRequest, Page<T>> fetcher, int pageSize, long startOffset, boolean cursorStyle,
      ErrorDetails where) {
    this.fetcher = fetcher;
    this.pageSize = pageSize;
    this.startOffset = startOffset;
    this.cursorStyle = cursorStyle;
    this.where = where;
  }

  /**
   * An offset/limit listing. The fetcher gets the offset and the page size of each page; the listing
   * ends on an empty page, on a page marked last, when the server's total is reached, or, when the
   * server gives no total, on a short page (with a total, a short page is taken as a server-side cap
   * on the page size and the next offset is asked for). A server that ignores the offset and sends
   * the same non-empty page again would make the listing endless: iteration fails with a
   * {@code ProtocolException} instead.
   *
   * @param pageSize the page size; at least 1
   * @param fetcher fetches the page at {@code request.offset()} of {@code request.limit()} items
   * @param <T> the item type
   * @return the listing; never null
   * @throws InvalidArgumentException when the page size is below 1
   */
  public static <T> PagedIterable<T> offsetBased(int pageSize, Function<PageRequest, Page<T>> fetcher) {
    return offsetBased(NOWHERE, pageSize, fetcher);
  }

  /**
   * An offset/limit listing, as {@link #offsetBased(int, Function)}, whose errors (a page size below 1, a server
   * that would make the listing endless) name the back end and operation of {@code where}.
   *
   * @param where the back end and operation the listing belongs to
   * @param pageSize the page size; at least 1
   * @param fetcher fetches the page at {@code request.offset()} of {@code request.limit()} items
   * @param <T> the item type
   * @return the listing; never null
   * @throws InvalidArgumentException when the page size is below 1
   */
  public static <T> PagedIterable<T> offsetBased(ErrorDetails where, int pageSize,
      Function<PageRequest, Page<T>> fetcher) {
    Objects.requireNonNull(where, "where");
    if (pageSize < 1) {
      throw new InvalidArgumentException("pageSize must be at least 1, was " + pageSize, where);
    }
    return new PagedIterable<>(Objects.requireNonNull(fetcher, "fetcher"), pageSize, 0, false, where);
  }

  /**
   * A cursor listing. The fetcher gets the previous page's cursor (empty for the first page); the
   * listing ends when a page has no next cursor. A server that answers with the cursor it was just
   * given would make the listing endless: iteration fails with a {@code ProtocolException} instead.
   *
   * @param pageSize the page size passed on to the fetcher; at least 1
   * @param fetcher fetches the page after {@code request.cursor()}
   * @param <T> the item type
   * @return the listing; never null
   */
  public static <T> PagedIterable<T> cursorBased(int pageSize, Function<PageRequest, Page<T>> fetcher) {
    return cursorBased(NOWHERE, pageSize, fetcher);
  }

  /**
   * A cursor listing, as {@link #cursorBased(int, Function)}, whose errors name the back end and operation of
   * {@code where}.
   *
   * @param where the back end and operation the listing belongs to
   * @param pageSize the page size passed on to the fetcher; at least 1
   * @param fetcher fetches the page after {@code request.cursor()}
   * @param <T> the item type
   * @return the listing; never null
   */
  public static <T> PagedIterable<T> cursorBased(ErrorDetails where, int pageSize,
      Function<PageRequest, Page<T>> fetcher) {
    Objects.requireNonNull(where, "where");
    if (pageSize < 1) {
      throw new InvalidArgumentException("pageSize must be at least 1, was " + pageSize, where);
    }
    return new PagedIterable<>(Objects.requireNonNull(fetcher, "fetcher"), pageSize, 0, true, where);
  }

  /**
   * A listing of items already in hand (one page).
   *
   * @param items the items
   * @param <T> the item type
   * @return the listing; never null
   */
  public static <T> PagedIterable<T> of(List<T> items) {
    List<T> copy = List.copyOf(items);
    return new PagedIterable<>(r -> Page.last(copy), Math.max(1, copy.size()), 0, false, NOWHERE);
  }

  /**
   * An offset listing that starts {@code n} items further (offset listings only; it skips server-side).
   *
   * @param n how many items to skip; not negative
   * @return a new listing; never null
   */
  public PagedIterable<T> skipTo(long n) {
    if (n < 0 || cursorStyle) {
      throw new InvalidArgumentException(cursorStyle ? "skipTo is only available on offset listings"
          : "skipTo must not be negative, was " + n, where);
    }
    return new PagedIterable<>(fetcher, pageSize, startOffset + n, false, where);
  }

  /**
   * The page size requested from the server.
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * The total number of items when the server says it. Fetches the first page if not yet fetched.
   *
   * @return the total; never null
   */
  public OptionalLong totalCount() {
    if (!totalKnown) {
      Page<T> p = fetcher.apply(new PageRequest(startOffset, pageSize, null, 0));
      remember(p);
      unclaimedFirstPage.set(p);
    }
    Long t = knownTotal;
    return t == null ? OptionalLong.empty() : OptionalLong.of(t);
  }

  private void remember(Page<T> first) {
    knownTotal = first.totalCount().isPresent() ? first.totalCount().getAsLong() : null;
    totalKnown = true;
  }

  /**
   * The pages, lazily.
   *
   * @return the pages; never null
   */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private final PageIterator pages = new PageIterator();
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * The items as a sequential, lazy stream.
   *
   * @return the stream; never null
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Reads every item into a list. Use only for listings known to be small.
   *
   * @return the items; never null
   */
  public List<T> toList() {
    List<T> all = new ArrayList<>();
    forEach(all::add);
    return all;
  }

  @Override
  public String toString() {
    return "PagedIterable[pageSize=" + pageSize + (startOffset > 0 ? ", from=" + startOffset : "") + "]";
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private long offset = startOffset;
    private String cursor;
    private int index;
    private boolean done;
    private Page<T> prefetched;
    private long seen;
    /** The previous page's items (offset listings), to notice a server that ignores the offset. */
    private List<T> previousItems;

    @Override
    public boolean hasNext() {
      if (prefetched != null) {
        return true;
      }
      if (done) {
        return false;
      }
      Page<T> page = index == 0 ? unclaimedFirstPage.getAndSet(null) : null;
      if (page == null) {
        page = fetcher.apply(new PageRequest(offset, pageSize, cursor, index));
      }
      if (index == 0) {
        remember(page);
      }
      index++;
      int n = page.items().size();
      seen += n;
      offset += n;
      if (cursorStyle) {
        String used = cursor;
        cursor = page.nextCursor().orElse(null);
        done = page.isLast() || cursor == null;
        if (!done && cursor.equals(used)) {
          done = true;
          throw new ProtocolException("the server answered page " + (index - 1) + " with the cursor it was given;"
              + " the listing would never end", where);
        }
      } else {
        if (n > 0 && page.items().equals(previousItems)) {
          done = true;
          throw new ProtocolException("the server sent the same " + n + " items again for offset " + (offset - n)
              + "; it seems to ignore the offset and the listing would never end", where);
        }
        previousItems = n > 0 ? page.items() : null;
        // with a total, a short page does not end the listing (servers may cap the page size below the
        // one asked for); without one, it does. An empty page always ends it.
        done = page.isLast() || n == 0
            || (page.totalCount().isPresent() ? startOffset + seen >= page.totalCount().getAsLong() : n < pageSize);
      }
      if (n == 0 && done) {
        return index == 1 && (prefetched = page) != null;
      }
      prefetched = page;
      return true;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> p = prefetched;
      prefetched = null;
      return p;
    }
  }
}
