package org.gedkit.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;
import org.junit.jupiter.api.Test;

class PagedIterableTest {

  private final List<PageRequest> requests = new ArrayList<>();

  /** An offset listing of {@code total} numbered items, counting requests. */
  private Function<PageRequest, Page<Long>> numbers(long total, boolean withTotal) {
    return r -> {
      requests.add(r);
      List<Long> items = LongStream.range(r.offset(), Math.min(total, r.offset() + r.limit())).boxed()
          .collect(Collectors.toList());
      return withTotal ? Page.of(items, total) : Page.of(items);
    };
  }

  @Test
  void nothingIsFetchedBeforeIterationAndPagesComeOneAtATime() {
    PagedIterable<Long> listing = PagedIterable.offsetBased(10, numbers(35, false));
    Iterator<Long> it = listing.iterator();
    assertThat(requests).isEmpty();
    assertThat(listing.stream()).isNotNull();
    assertThat(requests).isEmpty();
    for (long i = 0; i < 35; i++) {
      assertThat(it.next()).isEqualTo(i);
      assertThat(requests).hasSize((int) (i / 10) + 1);
    }
    assertThat(it.hasNext()).isFalse();
    assertThat(requests).extracting(PageRequest::offset).containsExactly(0L, 10L, 20L, 30L);
    assertThat(requests).extracting(PageRequest::limit).containsOnly(10);
    assertThat(requests).extracting(PageRequest::pageIndex).containsExactly(0, 1, 2, 3);
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void anExactMultipleEndsOnAnEmptyPageWithoutTotalAndWithoutOneWithTotal() {
    assertThat(PagedIterable.offsetBased(10, numbers(20, false)).toList()).hasSize(20);
    assertThat(requests).hasSize(3);
    requests.clear();
    assertThat(PagedIterable.offsetBased(10, numbers(20, true)).toList()).hasSize(20);
    assertThat(requests).hasSize(2);
  }

  @Test
  void aServerCappingThePageSizeDoesNotTruncateAListingWithATotal() {
    PagedIterable<Long> listing = PagedIterable.offsetBased(100, r -> {
      requests.add(r);
      List<Long> items = LongStream.range(r.offset(), Math.min(250, r.offset() + 40)).boxed().toList();
      return Page.of(items, 250);
    });
    assertThat(listing.stream().count()).isEqualTo(250);
    assertThat(requests).extracting(PageRequest::offset).containsExactly(0L, 40L, 80L, 120L, 160L, 200L, 240L);
  }

  @Test
  void oneHundredThousandItemsWithOnePageInMemory() {
    int pageSize = 1000;
    List<WeakReference<List<long[]>>> pages = new ArrayList<>();
    AtomicInteger fetched = new AtomicInteger();
    PagedIterable<long[]> listing = PagedIterable.offsetBased(pageSize, r -> {
      fetched.incrementAndGet();
      // 1000 items of 1 KiB: holding every page would take 100 MB
      List<long[]> items = new ArrayList<>();
      for (long i = r.offset(); i < Math.min(100_000, r.offset() + r.limit()); i++) {
        long[] item = new long[128];
        item[0] = i;
        items.add(item);
      }
      Page<long[]> p = Page.of(items, 100_000);
      pages.add(new WeakReference<>(p.items()));
      return p;
    });
    assertThat(listing.totalCount()).hasValue(100_000);
    long count = 0;
    long sum = 0;
    for (long[] item : listing) {
      assertThat(item[0]).isEqualTo(count);
      count++;
      sum += item[0];
      if (count == 50_500) {
        System.gc();
        long alive = pages.stream().filter(w -> w.get() != null).count();
        // the current page, maybe the one just left; never the whole listing
        assertThat(alive).isLessThanOrEqualTo(2);
        assertThat(pages.get(0).get()).isNull();
      }
    }
    assertThat(count).isEqualTo(100_000);
    assertThat(sum).isEqualTo(99_999L * 100_000 / 2);
    assertThat(fetched).hasValue(100);
  }

  @Test
  void totalCountFetchesTheFirstPageOnceAndIterationReusesIt() {
    PagedIterable<Long> listing = PagedIterable.offsetBased(10, numbers(25, true));
    assertThat(listing.totalCount()).hasValue(25);
    assertThat(listing.totalCount()).hasValue(25);
    assertThat(requests).hasSize(1);
    assertThat(listing.toList()).hasSize(25);
    assertThat(requests).hasSize(3);
    // a second iteration starts again from the server
    assertThat(listing.stream().limit(3).toList()).containsExactly(0L, 1L, 2L);
    assertThat(requests).hasSize(4);
    assertThat(listing.totalCount()).hasValue(25);
    assertThat(requests).hasSize(4);
  }

  @Test
  void totalCountIsEmptyWhenTheServerGivesNone() {
    PagedIterable<Long> listing = PagedIterable.offsetBased(10, numbers(5, false));
    assertThat(listing.totalCount()).isEmpty();
    assertThat(listing.toList()).hasSize(5);
  }

  @Test
  void skipToStartsFurtherServerSide() {
    PagedIterable<Long> listing = PagedIterable.offsetBased(10, numbers(25, true)).skipTo(12);
    assertThat(listing.toList()).containsExactlyElementsOf(LongStream.range(12, 25).boxed().toList());
    assertThat(requests).extracting(PageRequest::offset).containsExactly(12L, 22L);
    assertThat(listing.pageSize()).isEqualTo(10);
    assertThat(listing.toString()).contains("from=12");
    assertThatThrownBy(() -> listing.skipTo(-1)).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void cursorListingsFollowTheCursorUntilThereIsNone() {
    PagedIterable<String> listing = PagedIterable.cursorBased(2, r -> {
      requests.add(r);
      String c = r.cursor().orElse("");
      return switch (c) {
        case "" -> Page.withCursor(List.of("a", "b"), "c1");
        case "c1" -> Page.withCursor(List.of("c", "d"), "c2");
        default -> Page.withCursor(List.of("e"), null);
      };
    });
    assertThat(requests).isEmpty();
    assertThat(listing.toList()).containsExactly("a", "b", "c", "d", "e");
    assertThat(requests).extracting(PageRequest::cursorValue).containsExactly(null, "c1", "c2");
    assertThatThrownBy(() -> listing.skipTo(1)).isInstanceOf(InvalidArgumentException.class);
  }

  /** Found by fuzzing (issue 12): a hostile or broken server must not make a listing endless. */
  @Test
  void aServerThatIgnoresTheOffsetFailsTheListingInsteadOfLoopingForever() {
    PagedIterable<Long> listing = PagedIterable.offsetBased(3, r -> {
      requests.add(r);
      return Page.of(List.of(1L, 2L, 3L));
    });
    Iterator<Long> it = listing.iterator();
    for (int i = 0; i < 3; i++) {
      it.next();
    }
    assertThatThrownBy(it::hasNext).isInstanceOf(ProtocolException.class).hasMessageContaining("offset 3");
    assertThat(requests).hasSize(2);
    assertThat(it.hasNext()).as("the iterator stays ended").isFalse();
    // a total does not change it
    requests.clear();
    assertThatThrownBy(() -> PagedIterable.offsetBased(3, r -> Page.of(List.of(1L, 2L, 3L), Long.MAX_VALUE)).toList())
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void aServerThatRepeatsTheCursorFailsTheListingInsteadOfLoopingForever() {
    PagedIterable<Long> listing = PagedIterable.cursorBased(2, r -> Page.withCursor(List.of(1L, 2L), "same"));
    assertThatThrownBy(listing::toList).isInstanceOf(ProtocolException.class).hasMessageContaining("cursor");
  }

  @Test
  void aListingsErrorsNameTheBackEndAndOperationItWasGiven() {
    org.gedkit.core.error.ErrorDetails where = org.gedkit.core.error.ErrorDetails.of("qorus", "orders.list");
    assertThatThrownBy(() -> PagedIterable.offsetBased(where, 3, r -> Page.of(List.of(1L, 2L, 3L))).toList())
        .isInstanceOf(ProtocolException.class)
        .satisfies(e -> assertThat(((ProtocolException) e).details().backend()).isEqualTo("qorus"))
        .satisfies(e -> assertThat(((ProtocolException) e).details().operation()).isEqualTo("orders.list"));
    assertThatThrownBy(() -> PagedIterable.cursorBased(where, 2, r -> Page.withCursor(List.of(1L), "same")).toList())
        .isInstanceOf(ProtocolException.class)
        .satisfies(e -> assertThat(((ProtocolException) e).details().backend()).isEqualTo("qorus"));
    assertThatThrownBy(() -> PagedIterable.offsetBased(where, 0, r -> Page.of(List.of())))
        .isInstanceOf(InvalidArgumentException.class)
        .satisfies(e -> assertThat(((InvalidArgumentException) e).details().operation()).isEqualTo("orders.list"));
    assertThatThrownBy(() -> PagedIterable.offsetBased(where, 2, r -> Page.of(List.of())).skipTo(-1))
        .isInstanceOf(InvalidArgumentException.class)
        .satisfies(e -> assertThat(((InvalidArgumentException) e).details().backend()).isEqualTo("qorus"));
    // without one, as before
    assertThatThrownBy(() -> PagedIterable.offsetBased(3, r -> Page.of(List.of(1L, 2L, 3L))).toList())
        .satisfies(e -> assertThat(((ProtocolException) e).details().backend()).isEqualTo("core"));
  }

  @Test
  void equalItemsOnDifferentPagesAreFineWhenThePagesDiffer() {
    // pages [1,1] [1,2] [2]: neighbours differ, nothing is refused
    List<List<Long>> pages = List.of(List.of(1L, 1L), List.of(1L, 2L), List.of(2L));
    PagedIterable<Long> listing = PagedIterable.offsetBased(2, r -> Page.of(pages.get(r.pageIndex())));
    assertThat(listing.toList()).containsExactly(1L, 1L, 1L, 2L, 2L);
  }

  @Test
  void aPageMarkedLastEndsAnyListing() {
    PagedIterable<Integer> listing = PagedIterable.offsetBased(2, r -> {
      requests.add(r);
      return Page.of(List.of(1, 2), 100).asLast();
    });
    assertThat(listing.toList()).containsExactly(1, 2);
    assertThat(requests).hasSize(1);
    assertThat(PagedIterable.cursorBased(5, r -> Page.last(List.of(7))).toList()).containsExactly(7);
  }

  @Test
  void anEmptyListingHasOneEmptyPageAndNoItems() {
    PagedIterable<Long> listing = PagedIterable.offsetBased(10, numbers(0, true));
    assertThat(listing.iterator().hasNext()).isFalse();
    List<Page<Long>> pages = new ArrayList<>();
    listing.pages().forEach(pages::add);
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).items()).isEmpty();
    assertThat(pages.get(0).totalCount()).hasValue(0);
    assertThat(listing.stream().count()).isZero();
  }

  @Test
  void pagesAreExposedLazily() {
    PagedIterable<Long> listing = PagedIterable.offsetBased(10, numbers(25, true));
    Iterator<Page<Long>> pages = listing.pages().iterator();
    assertThat(requests).isEmpty();
    assertThat(pages.next().items()).hasSize(10);
    assertThat(requests).hasSize(1);
    assertThat(pages.hasNext()).isTrue();
    assertThat(pages.next().toString()).contains("items=10").contains("total=25");
    assertThat(pages.next().items()).hasSize(5);
    assertThat(pages.hasNext()).isFalse();
    assertThatThrownBy(pages::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void ofWrapsItemsInHand() {
    PagedIterable<Integer> listing = PagedIterable.of(IntStream.range(0, 3).boxed().toList());
    assertThat(listing.toList()).containsExactly(0, 1, 2);
    assertThat(listing.totalCount()).isEmpty();
    assertThat(PagedIterable.of(List.<Integer>of()).toList()).isEmpty();
  }

  @Test
  void pageValues() {
    Page<String> p = Page.withCursor(List.of("x"), "next");
    assertThat(p.nextCursor()).contains("next");
    assertThat(p.isLast()).isFalse();
    assertThat(p.totalCount()).isEmpty();
    assertThat(Page.withCursor(List.of(), null).isLast()).isTrue();
    assertThat(Page.last(List.of()).toString()).contains("last");
    assertThatThrownBy(() -> PagedIterable.offsetBased(0, r -> Page.of(List.of()))).isInstanceOf(
        InvalidArgumentException.class);
    assertThatThrownBy(() -> PagedIterable.cursorBased(0, r -> Page.of(List.of()))).isInstanceOf(
        InvalidArgumentException.class);
  }

  @Test
  void fetchErrorsSurfaceWhileIterating() {
    PagedIterable<Long> listing = PagedIterable.offsetBased(10, r -> {
      if (r.offset() > 0) {
        throw new IllegalStateException("page 2 failed");
      }
      return Page.of(LongStream.range(0, 10).boxed().toList());
    });
    Iterator<Long> it = listing.iterator();
    for (int i = 0; i < 10; i++) {
      it.next();
    }
    assertThatThrownBy(it::hasNext).hasMessage("page 2 failed");
  }
}
