package org.gedkit.it;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import java.util.Map;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.transfer.ChunkedUploadState;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.ezged.EzGedClient;
import org.gedkit.ezged.ExecOptions;
import org.gedkit.netexplorer.FolderQuery;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.TransferOptions;
import org.gedkit.parapheur.ParapheurClient;
import org.gedkit.parapheur.ProofMode;
import org.gedkit.parapheur.ProofOptions;
import org.gedkit.phraseanet.PhraseanetClient;
import org.gedkit.phraseanet.QuarantineListOptions;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.gedkit.qorus.CreateOrderOptions;
import org.gedkit.qorus.OrderSearchOptions;
import org.gedkit.qorus.QorusClient;
import org.gedkit.qorus.WorkflowListOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Arbitrary replies through the real clients: a loopback MockWebServer answers every request with the fuzz
 * input (byte 0 picks the status, byte 1 the content type, the rest is the body). Only GedkitException
 * subtypes may escape; no hang (read timeout + test timeout), no OutOfMemoryError.
 *
 * <p>Logins: each method first logs a fresh client in against the fuzzed reply (the login reply itself is
 * fuzzed), then drives a long-lived client whose login is answered with a valid canned reply (EzGED) or that
 * holds a preset token (NetExplorer, Qorus), so the fuzz input reaches the operations' own parsing.
 *
 * <p>Regression mode (every build) runs the corpus in {@code src/test/resources/org/gedkit/it/
 * ReplyParsingFuzzTestInputs/<method>/}; a long run: see docs/reliability.md.
 */
class ReplyParsingFuzzTest {

  private static final int[] STATUSES = {200, 200, 200, 200, 201, 204, 206, 400, 401, 403, 404, 409, 429, 500, 502, 503};
  private static final String[] TYPES = {"application/json", "application/json; charset=utf-8", "text/html",
      "text/plain", "application/xml", "application/zip", "application/pdf", null};

  /** A valid EzGED login reply, served to {@code sec/authenticate} while {@link #fuzzLogin} is off. */
  private static final byte[] EZGED_LOGIN = ("{\"errorcode\":0,\"errmsg\":\"You're authenticated !\","
      + "\"rows\":{\"sessionid\":\"640418229\",\"SECUSRPAR_LANG\":\"fr_FR\"}}").getBytes(
          java.nio.charset.StandardCharsets.UTF_8);

  private static MockWebServer server;
  private static volatile byte[] reply = new byte[0];
  /** When on, login requests get the fuzz input too; when off, the EzGED login gets {@link #EZGED_LOGIN}. */
  private static volatile boolean fuzzLogin;
  private static OkHttpClient ok;
  private static EzGedClient ezged;
  private static NetExplorerClient netexplorer;
  private static QorusClient qorus;
  private static PhraseanetClient phraseanet;
  private static ParapheurClient parapheur;
  private static Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (!fuzzLogin && "sec/authenticate".equals(request.getUrl().queryParameter("service"))) {
          return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
              .body(new okio.Buffer().write(EZGED_LOGIN)).build();
        }
        byte[] in = reply;
        int status = in.length > 0 ? STATUSES[(in[0] & 0xff) % STATUSES.length] : 200;
        String type = in.length > 1 ? TYPES[(in[1] & 0xff) % TYPES.length] : "application/json";
        byte[] body = in.length > 2 ? Arrays.copyOfRange(in, 2, in.length) : new byte[0];
        MockResponse.Builder b = new MockResponse.Builder().code(status).body(new okio.Buffer().write(body));
        if (type != null) {
          b.setHeader("Content-Type", type);
        }
        return b.build();
      }
    });
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.start();
    // no fast fallback: OkHttp then connects on the calling thread, where the fuzz test told Jazzer's SSRF
    // detector which connections are expected (a background connect thread would be flagged)
    ok = new OkHttpClient.Builder().socketFactory(new NoDelaySockets()).fastFallback(false).readTimeout(Duration.ofSeconds(2)).callTimeout(Duration.ofSeconds(5))
        .build();
    phraseanet = PhraseanetClient.builder().baseUrl(server.url("/").toString()).accessToken("fuzz-token-123456")
        .okHttpClient(ok).retryPolicy(RetryPolicy.none()).sleeper(new RecordingSleeper()).build();
    parapheur = ParapheurClient.builder().baseUrl(server.url("/").toString())
        .credentials(Credentials.password("fuzz", "fuzz-password-123456")).okHttpClient(ok)
        .readTimeout(Duration.ofSeconds(2)).retryPolicy(RetryPolicy.none()).sleeper(new RecordingSleeper()).build();
    ezged = ezgedClient();
    netexplorer = NetExplorerClient.builder().baseUrl(server.url("/").toString()).token("fuzz-token-123456")
        .okHttpClient(ok).retryPolicy(RetryPolicy.none()).sleeper(new RecordingSleeper()).build();
    qorus = QorusClient.builder().baseUrl(server.url("/").toString()).token("fuzz-token-123456").okHttpClient(ok)
        .retryPolicy(RetryPolicy.none()).sleeper(new RecordingSleeper()).build();
    dir = Files.createTempDirectory("gedkit-fuzz");
  }

  private static EzGedClient ezgedClient() {
    return EzGedClient.builder().baseUrl(server.url("/ezged").toString()).credentials("fuzz", "fuzz-password-123456")
        .okHttpClient(ok).readTimeout(Duration.ofSeconds(2)).retryPolicy(RetryPolicy.none())
        .sleeper(new RecordingSleeper()).build();
  }

  /**
   * Loopback sockets with TCP_NODELAY on both ends: MockWebServer writes a reply's head and body separately, and
   * Nagle's algorithm with delayed ACKs then stalls each call for about 40 ms, which capped a long run at
   * 2 inputs a second.
   */
  private static final class NoDelayServerSockets extends javax.net.ServerSocketFactory {
    @Override
    public java.net.ServerSocket createServerSocket() throws IOException {
      return new java.net.ServerSocket() {
        @Override
        public java.net.Socket accept() throws IOException {
          java.net.Socket s = super.accept();
          s.setTcpNoDelay(true);
          return s;
        }
      };
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port) throws IOException {
      return bound(port, 50, null);
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
      return bound(port, backlog, null);
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress address)
        throws IOException {
      return bound(port, backlog, address);
    }

    private java.net.ServerSocket bound(int port, int backlog, java.net.InetAddress address) throws IOException {
      java.net.ServerSocket s = createServerSocket();
      s.bind(new java.net.InetSocketAddress(address, port), backlog);
      return s;
    }
  }

  /** The client side of {@link NoDelayServerSockets}. */
  private static final class NoDelaySockets extends javax.net.SocketFactory {
    @Override
    public java.net.Socket createSocket() throws IOException {
      java.net.Socket s = new java.net.Socket();
      s.setTcpNoDelay(true);
      return s;
    }

    @Override
    public java.net.Socket createSocket(String host, int port) throws IOException {
      java.net.Socket s = createSocket();
      s.connect(new java.net.InetSocketAddress(host, port));
      return s;
    }

    @Override
    public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort)
        throws IOException {
      java.net.Socket s = createSocket();
      s.bind(new java.net.InetSocketAddress(local, localPort));
      s.connect(new java.net.InetSocketAddress(host, port));
      return s;
    }

    @Override
    public java.net.Socket createSocket(java.net.InetAddress host, int port) throws IOException {
      java.net.Socket s = createSocket();
      s.connect(new java.net.InetSocketAddress(host, port));
      return s;
    }

    @Override
    public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local,
        int localPort) throws IOException {
      java.net.Socket s = createSocket();
      s.bind(new java.net.InetSocketAddress(local, localPort));
      s.connect(new java.net.InetSocketAddress(host, port));
      return s;
    }
  }

  /**
   * Jazzer's SSRF detector flags every connection it was not told about; the only ones made here go to the loopback
   * server, whose address the test fixes (never a reply). Jazzer resets the permission between inputs, so each
   * input sets it (its agent is not there yet in {@code @BeforeAll}).
   */
  /** The calls of one fuzz test, fed the fuzzer's bytes. */
  @FunctionalInterface
  private interface Calls {
    void run(byte[] data) throws Exception;
  }

  /** Runs one fuzz test's calls with network connections allowed to the loopback server only. */
  private static void onLoopback(byte[] data, Calls calls) throws Exception {
    com.code_intelligence.jazzer.api.SilentCloseable allowed = loopbackOnly();
    try {
      calls.run(data);
    } finally {
      allowed.close();
    }
  }

  private static com.code_intelligence.jazzer.api.SilentCloseable loopbackOnly() {
    int port = server.getPort();
    return com.code_intelligence.jazzer.api.BugDetectors.allowNetworkConnections((host, p) -> p == port
        && ("localhost".equals(host) || "127.0.0.1".equals(host) || "::1".equals(host)
        || "0:0:0:0:0:0:0:1".equals(host)));
  }

  /** Reads at most {@code max} items: a hostile server may page forever, the fuzz test must not. */
  static void drain(Iterable<?> items, int max) {
    Iterator<?> it = items.iterator();
    for (int i = 0; i < max && it.hasNext(); i++) {
      it.next();
    }
  }

  /** Runs the calls of a fresh client whose login reply is the fuzz input too, then closes it. */
  static <C extends AutoCloseable> void withFuzzedLogin(java.util.function.Supplier<C> client, java.util.function.Consumer<C> calls)
      throws Exception {
    fuzzLogin = true;
    try {
      C c = client.get();
      try {
        only(() -> calls.accept(c));
      } finally {
        only(c::close);
      }
    } finally {
      fuzzLogin = false;
    }
  }

  @AfterAll
  static void stop() throws IOException {
    phraseanet.close();
    parapheur.close();
    ezged.close();
    netexplorer.close();
    qorus.close();
    server.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private interface Call {
    void run() throws Exception;
  }

  /** Runs a call: a GedkitException is a fine outcome, anything else is a finding. */
  static void only(Call call) throws Exception {
    try {
      call.run();
    } catch (GedkitException expected) {
      // the contract: failures are typed
    }
  }

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void phraseanetReplies(byte[] data) throws Exception {
    onLoopback(data, this::phraseanetRepliesCalls);
  }

  private void phraseanetRepliesCalls(byte[] data) throws Exception {
    reply = data;
    only(() -> phraseanet.quarantine().get(1));
    only(() -> {
      Iterator<QuarantineItem> it = phraseanet.quarantine().list(QuarantineListOptions.builder().perPage(5).build())
          .iterator();
      for (int i = 0; i < 12 && it.hasNext(); i++) {
        it.next();
      }
    });
    only(() -> phraseanet.records().get(1, 1));
    only(() -> phraseanet.records().caption(1, 1));
    only(() -> phraseanet.databoxes().list());
    only(() -> phraseanet.databoxes().collections(1));
  }

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void parapheurReplies(byte[] data) throws Exception {
    onLoopback(data, this::parapheurRepliesCalls);
  }

  private void parapheurRepliesCalls(byte[] data) throws Exception {
    reply = data;
    only(() -> parapheur.documents().history(1));
    Path target = dir.resolve("proof.bin");
    only(() -> parapheur.documents().proof(1, target));
    only(() -> parapheur.documents().proof(1, ProofOptions.builder().mode(ProofMode.BASE64).onlyProof(true).build(),
        new ByteArrayOutputStream()));
    only(() -> parapheur.documents().historyXml(1, new ByteArrayOutputStream()));
    Files.deleteIfExists(target);
  }

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void ezgedReplies(byte[] data) throws Exception {
    onLoopback(data, this::ezgedRepliesCalls);
  }

  private void ezgedRepliesCalls(byte[] data) throws Exception {
    reply = data;
    withFuzzedLogin(ReplyParsingFuzzTest::ezgedClient, c -> c.session().login());
    only(() -> ezged.session().keepAlive());
    only(() -> drain(ezged.queries().exec(2, ExecOptions.builder().pageSize(5).build()), 12));
    only(() -> ezged.queries().exec(2).totalCount());
    only(() -> drain(ezged.files().lastRevisions("courriers", 107, 5), 12));
    only(() -> ezged.jobs().load(8985));
    only(() -> ezged.jobs().waitFor(8985, Duration.ZERO));
    Path target = dir.resolve("ezged.bin");
    only(() -> ezged.files().download(12618, "8b195bf49b33bcb0be26d83076fa12f332a7d2bd", DownloadTarget.toPath(target),
        TransferListener.none()));
    only(() -> ezged.files().download(12618, "not-a-sha1", DownloadTarget.toStream(new ByteArrayOutputStream()),
        TransferListener.none()));
    Files.deleteIfExists(target);
  }

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void netexplorerReplies(byte[] data) throws Exception {
    onLoopback(data, this::netexplorerRepliesCalls);
  }

  private void netexplorerRepliesCalls(byte[] data) throws Exception {
    reply = data;
    withFuzzedLogin(() -> NetExplorerClient.builder().baseUrl(server.url("/").toString())
        .credentials("fuzz", "fuzz-password-123456").okHttpClient(ok).retryPolicy(RetryPolicy.none())
        .sleeper(new RecordingSleeper()).build(), c -> {
          c.login();
          c.account().get();
        });
    only(() -> netexplorer.account().get());
    only(() -> netexplorer.folders().get(1));
    only(() -> netexplorer.folders().roots(FolderQuery.defaults()));
    only(() -> netexplorer.files().get(1));
    only(() -> drain(netexplorer.files().activity(5), 12));
    Path target = dir.resolve("netexplorer.bin");
    only(() -> netexplorer.downloads().download(1, DownloadTarget.toPath(target),
        TransferOptions.builder().verify(false).build()));
    only(() -> netexplorer.downloads().download(1, DownloadTarget.toStream(new ByteArrayOutputStream()),
        TransferOptions.defaults()));
    Path into = Files.createDirectories(dir.resolve("netexplorer-into"));
    only(() -> netexplorer.downloads().downloadInto(1, into, TransferOptions.defaults()));
    try (var files = Files.list(into)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        org.assertj.core.api.Assertions.assertThat(p.toAbsolutePath().normalize()).startsWith(into);
        Files.deleteIfExists(p);
      }
    }
    UploadSource bytes = UploadSource.ofBytes("0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "fuzz.txt");
    only(() -> netexplorer.uploads().uploadChunked(1, bytes, TransferOptions.builder().chunkSize(4).build()));
    only(() -> {
      ChunkedUploadState state = netexplorer.uploads().newState(1, bytes, 4).withConfirmed(0);
      netexplorer.uploads().report(state);
      netexplorer.uploads().resume(state, bytes, TransferOptions.defaults());
    });
    Files.deleteIfExists(target);
  }

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void qorusReplies(byte[] data) throws Exception {
    onLoopback(data, this::qorusRepliesCalls);
  }

  private void qorusRepliesCalls(byte[] data) throws Exception {
    reply = data;
    withFuzzedLogin(() -> QorusClient.builder().baseUrl(server.url("/").toString()).credentials("fuzz",
        "fuzz-password-123456").okHttpClient(ok).retryPolicy(RetryPolicy.none()).sleeper(new RecordingSleeper())
        .build(), c -> c.system().info());
    withFuzzedLogin(() -> QorusClient.builder().baseUrl(server.url("/").toString()).credentials("fuzz",
        "fuzz-password-123456").publicLogin().okHttpClient(ok).retryPolicy(RetryPolicy.none())
        .sleeper(new RecordingSleeper()).build(), c -> c.system().ping());
    only(() -> qorus.system().info());
    only(() -> qorus.system().health());
    only(() -> qorus.workflows().list(WorkflowListOptions.defaults()));
    only(() -> qorus.workflows().get("ARRAY-TEST"));
    only(() -> qorus.orders().get(1));
    only(() -> drain(qorus.orders().search(OrderSearchOptions.defaults().withPageSize(5)), 12));
    only(() -> qorus.orders().yamlStaticData(1));
    only(() -> qorus.workflows().createOrder("ARRAY-TEST",
        CreateOrderOptions.defaults().withStaticData(Map.of("a", 1))));
  }
}
