package org.gedkit.phraseanet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.phraseanet.PhraseanetEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Realistic sequences against the Phraseanet emulator. */
class PhraseanetEmulatorScenarioTest {

  private PhraseanetEmulator emulator;
  private PhraseanetClient client;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    emulator = new PhraseanetEmulator().start();
    client = PhraseanetClient.builder()
        .baseUrl(emulator.baseUrl())
        .accessToken(emulator.accessToken())
        .clock(emulator.clock())
        .sleeper(sleeps::add)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void pagesAll1000ItemsLazily_countingRequests() {
    PagedIterable<QuarantineItem> listing =
        client.quarantine().list(QuarantineListOptions.builder().perPage(100).build());
    assertThat(emulator.listRequests()).as("nothing before iteration").isZero();

    Iterator<QuarantineItem> it = listing.iterator();
    Set<Long> ids = new HashSet<>();
    for (int i = 0; i < 150; i++) {
      ids.add(it.next().id());
    }
    assertThat(emulator.listRequests()).as("150 items read: only 2 pages fetched").isEqualTo(2);
    it.forEachRemaining(item -> ids.add(item.id()));

    assertThat(ids).hasSize(1000).contains(1L, 1000L);
    assertThat(emulator.listRequests()).as("10 full pages, then an empty one ends the listing").isEqualTo(11);
    assertThat(emulator.requests()).allSatisfy(c -> {
      assertThat(c.path()).endsWith("/");
      assertThat(c.query()).containsEntry("per_page", "100").containsKey("oauth_token");
      assertThat(c.headers().get("Accept")).isEqualTo("application/json");
    });
  }

  @Test
  void defaultPageSize_pagesWith10_andAShortLastPageStops() {
    try (PhraseanetEmulator small = new PhraseanetEmulator(25, "t0k3n-small", emulator.clock()).start();
        PhraseanetClient c = PhraseanetClient.builder().baseUrl(small.baseUrl()).accessToken("t0k3n-small").build()) {
      assertThat(c.quarantine().list().stream().map(QuarantineItem::id).toList())
          .startsWith(25L, 24L).endsWith(1L).hasSize(25);
      assertThat(small.listRequests()).as("10 + 10 + 5 (short: stop)").isEqualTo(3);
    }
  }

  @Test
  void everyItemOfTheEmulator_parses_includingZeroDatesAndForcedItems() {
    List<QuarantineItem> all = client.quarantine().list(new QuarantineListOptions(0, 1000)).toList();

    assertThat(all).hasSize(1000);
    assertThat(all).filteredOn(QuarantineItem::forced).isNotEmpty().allSatisfy(i -> assertThat(i.checks()).isEmpty());
    assertThat(all).filteredOn(i -> i.updatedOn().isEmpty()).isNotEmpty();
    assertThat(all).filteredOn(i -> i.session().userId().isEmpty()).isNotEmpty();
    assertThat(all).filteredOn(i -> i.session().user().isPresent()).isNotEmpty();
    assertThat(emulator.listRequests()).isEqualTo(2);
  }

  @Test
  void metaErrorWithHttp200_isTypedError() {
    emulator.nextMetaErrors(1, 403, true);

    assertThatThrownBy(() -> client.quarantine().list().iterator().next())
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
          assertThat(e.status()).hasValue(403);
          assertThat(e.vendorCode()).contains("Forbidden");
          assertThat(e.getMessage()).doesNotContain(emulator.accessToken());
        });
    assertThat(emulator.listRequests()).isEqualTo(1);
  }

  @Test
  void maintenance503_inMetaWithHttp200_isRetried() {
    emulator.nextMetaErrors(1, 503, true);

    assertThat(client.quarantine().get(1).id()).isEqualTo(1);
    assertThat(emulator.requests()).hasSize(2);
  }

  @Test
  void faultInjection_503RetryAfter_isRetried() {
    emulator.faults().next(2, "GET", "/api/v1/quarantine/list/", Fault.status(503, "3"));

    assertThat(client.quarantine().list().iterator().next().id()).isEqualTo(1000);
    assertThat(emulator.listRequests()).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  @Test
  void faultInjection_persistent503_givesRetryableServerError() {
    emulator.faults().next(10, "GET", "/api/v1/quarantine/item/.*", Fault.status(503));

    assertThatThrownBy(() -> client.quarantine().get(5)).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.isRetryable()).isTrue());
    assertThat(emulator.requests()).hasSize(4);
  }

  @Test
  void connectionResetMidBody_isRetried() {
    emulator.faults().next(1, "GET", "/api/v1/quarantine/item/.*", Fault.resetMidBody());

    assertThat(client.quarantine().get(5).id()).isEqualTo(5);
    assertThat(emulator.requests()).hasSize(2);
  }

  @Test
  void revokedToken_isAuthenticationError_deniedItem_isPermissionDenied_missingItem_isNotFound() {
    emulator.denyItem(7);
    assertThatThrownBy(() -> client.quarantine().get(7)).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> client.quarantine().get(5000)).isInstanceOf(NotFoundException.class);
    emulator.revokeToken();
    assertThatThrownBy(() -> client.quarantine().get(1)).isInstanceOfSatisfying(AuthenticationException.class,
        e -> assertThat(e.sessionExpired()).isFalse());
    assertThat(emulator.requests()).hasSize(3);
  }

  @Test
  void localCopyOfADocument_matchesItsItem(@TempDir Path dir) throws Exception {
    QuarantineItem item = client.quarantine().get(42);
    Path copy = Files.write(dir.resolve("copy.pdf"), emulator.documentBytes(42));
    Path other = Files.write(dir.resolve("other.pdf"), emulator.documentBytes(43));

    assertThat(QuarantineApi.verifyLocalFile(item, copy).hex()).isEqualTo(item.sha256());
    assertThat(QuarantineApi.matchesLocalFile(item, other)).isFalse();
  }

  @Test
  void oneClient_sharedByThreads_readsConsistently() throws Exception {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<QuarantineItem>> futures = new java.util.ArrayList<>();
      for (long id = 1; id <= 40; id++) {
        long wanted = id;
        futures.add(pool.submit(() -> client.quarantine().get(wanted)));
      }
      for (int i = 0; i < futures.size(); i++) {
        QuarantineItem item = futures.get(i).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(item.id()).isEqualTo(i + 1);
        assertThat(item.sha256()).hasSize(64);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(emulator.requests()).hasSize(40);
  }
}
