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
  List<BadInput> badInputs() {
    return List.of(
        new BadInput("quarantine.get(0)", "id", (cl, t, m) -> c(cl).quarantine().get(0)),
        new BadInput("quarantine.get(-1)", "id", (cl, t, m) -> c(cl).quarantine().get(-1)),
        new BadInput("quarantine.list(null)", "options", (cl, t, m) -> c(cl).quarantine().list(null)),
        new BadInput("perPage(-1)", "perPage", (cl, t, m) -> c(cl).quarantine()
            .list(QuarantineListOptions.builder().perPage(-1).build())),
        new BadInput("perPage(0)", "perPage", (cl, t, m) -> c(cl).quarantine()
            .list(QuarantineListOptions.builder().perPage(0).build())),
        new BadInput("offsetStart(-1)", "offsetStart", (cl, t, m) -> c(cl).quarantine()
            .list(QuarantineListOptions.builder().offsetStart(-1).build())),
        new BadInput("records.get(0, 1)", "databoxId", (cl, t, m) -> c(cl).records().get(0, 1)),
        new BadInput("records.get(1, -5)", "recordId", (cl, t, m) -> c(cl).records().get(1, -5)),
        new BadInput("records.caption(-1, 1)", "databoxId", (cl, t, m) -> c(cl).records().caption(-1, 1)),
        new BadInput("databoxes.collections(0)", "databoxId", (cl, t, m) -> c(cl).databoxes().collections(0)),
        new BadInput("matchesLocalFile(null, f)", "item",
            (cl, t, m) -> org.gedkit.phraseanet.QuarantineApi.matchesLocalFile(null, t)),
        new BadInput("builder accessToken blank", "accessToken",
            (cl, t, m) -> PhraseanetClient.builder().baseUrl("http://127.0.0.1:9/").accessToken("  ").build()),
        new BadInput("builder baseUrl null", "baseUrl",
            (cl, t, m) -> PhraseanetClient.builder().accessToken(TOKEN).build()));
  }

  @Override
  String pathParamPrefix() {
    return "api/v1/quarantine/item";
  }

  @Override
  org.gedkit.core.http.HttpTransport transport(AutoCloseable client) {
    return c(client).transport();
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
    return Set.of(TOKEN);
  }

  @Override
  Set<String> sentSecrets() {
    return Set.of(TOKEN);
  }

  @Override
  Set<String> moduleTestSecrets() {
    return Set.of("tok-S3cret-0123456789", "t0k3n-small", PhraseanetEmulator.DEFAULT_TOKEN);
  }

  @Override
  String moduleDirectory() {
    return "sdk-phraseanet";
  }

  @Override
  Set<String> secretHeaders() {
    return Set.of("Authorization");
  }

  @Override
  Set<String> secretParameters() {
    return Set.of("oauth_token");
  }

  @Override
  List<Object> secretHolders(AutoCloseable client) {
    PhraseanetClient cl = c(client);
    return List.of(cl, cl.toBuilder(), cl.transport(), cl.quarantine(), cl.records(), cl.databoxes(),
        PhraseanetClient.builder().accessToken(TOKEN).baseUrl("http://127.0.0.1:9/"));
  }
}
