package org.gedkit.it;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.gedkit.phraseanet.PhraseanetClient;
import org.gedkit.phraseanet.QuarantineListOptions;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.phraseanet.PhraseanetEmulator;

/** Phraseanet: a fixed OAuth token in the query string; read-only (no download, no write). */
final class PhraseanetAdapter extends AdapterUnderTest {

  /** Items in the emulator: 3 pages of {@link #PER_PAGE}, the last one short. */
  static final int ITEMS = 25;
  static final int PER_PAGE = 10;
  static final String TOKEN = "phr-it-7f3c9b2e41d84a6f";

  @Override
  String name() {
    return PhraseanetClient.BACKEND;
  }

  @Override
  EmulatorServer newEmulator() {
    return new PhraseanetEmulator(ITEMS, TOKEN, MutableClock.startingNow());
  }

  @Override
  AutoCloseable newClient(String baseUrl, Settings s) {
    OkHttpClient base = s.okHttpClient() == null ? new OkHttpClient() : s.okHttpClient();
    return PhraseanetClient.builder()
        .baseUrl(baseUrl)
        .accessToken(TOKEN)
        .okHttpClient(base.newBuilder().readTimeout(s.readTimeout()).build())
        .sleeper(s.sleeper())
        .retryPolicy(s.retryPolicy())
        .build();
  }

  private static PhraseanetClient c(AutoCloseable client) {
    return (PhraseanetClient) client;
  }

  @Override
  List<Op> operations() {
    return List.of(
        new Op("quarantine.get", Kind.READ, "GET", "/api/v1/quarantine/item/.*",
            (client, target, midway) -> c(client).quarantine().get(3).id()),
        new Op("quarantine.list", Kind.LIST, "GET", "/api/v1/quarantine/list/",
            (client, target, midway) -> {
              Iterator<QuarantineItem> it = c(client).quarantine()
                  .list(QuarantineListOptions.builder().perPage(PER_PAGE).build()).iterator();
              int n = 0;
              while (it.hasNext()) {
                it.next();
                if (++n == PER_PAGE) {
                  midway.run();
                }
              }
              return n;
            }));
  }

  @Override
  long listedItems() {
    return ITEMS;
  }

  @Override
  Sessions sessions() {
    return Sessions.FIXED_TOKEN;
  }

  @Override
  void expireSession(EmulatorServer emulator) {
    ((PhraseanetEmulator) emulator).revokeToken();
  }

  @Override
  long logins(EmulatorServer emulator) {
    return 0;
  }

  @Override
  Set<String> knownSecrets() {
    return Set.of(TOKEN, PhraseanetEmulator.DEFAULT_TOKEN);
  }

  @Override
  Set<String> secretNames() {
    return Set.of("oauth_token");
  }
}
