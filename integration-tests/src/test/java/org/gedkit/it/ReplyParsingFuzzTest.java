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
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.parapheur.ParapheurClient;
import org.gedkit.parapheur.ProofMode;
import org.gedkit.parapheur.ProofOptions;
import org.gedkit.phraseanet.PhraseanetClient;
import org.gedkit.phraseanet.QuarantineListOptions;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Arbitrary replies through the real clients: a loopback MockWebServer answers every request with the fuzz
 * input (byte 0 picks the status, byte 1 the content type, the rest is the body). Only GedkitException
 * subtypes may escape; no hang (read timeout + test timeout), no OutOfMemoryError.
 *
 * <p>Regression mode (every build) runs the corpus in {@code src/test/resources/org/gedkit/it/
 * ReplyParsingFuzzTestInputs/<method>/}; a long run: see docs/reliability.md.
 */
class ReplyParsingFuzzTest {

  private static final int[] STATUSES = {200, 200, 200, 200, 201, 204, 206, 400, 401, 403, 404, 409, 429, 500, 502, 503};
  private static final String[] TYPES = {"application/json", "application/json; charset=utf-8", "text/html",
      "text/plain", "application/xml", "application/zip", "application/pdf", null};

  private static MockWebServer server;
  private static volatile byte[] reply = new byte[0];
  private static PhraseanetClient phraseanet;
  private static ParapheurClient parapheur;
  private static Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
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
    server.start();
    OkHttpClient ok = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(2)).callTimeout(Duration.ofSeconds(5))
        .build();
    phraseanet = PhraseanetClient.builder().baseUrl(server.url("/").toString()).accessToken("fuzz-token-123456")
        .okHttpClient(ok).retryPolicy(RetryPolicy.none()).sleeper(new RecordingSleeper()).build();
    parapheur = ParapheurClient.builder().baseUrl(server.url("/").toString())
        .credentials(Credentials.password("fuzz", "fuzz-password-123456")).okHttpClient(ok)
        .readTimeout(Duration.ofSeconds(2)).retryPolicy(RetryPolicy.none()).sleeper(new RecordingSleeper()).build();
    dir = Files.createTempDirectory("gedkit-fuzz");
  }

  @AfterAll
  static void stop() throws IOException {
    phraseanet.close();
    parapheur.close();
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
    reply = data;
    only(() -> parapheur.documents().history(1));
    Path target = dir.resolve("proof.bin");
    only(() -> parapheur.documents().proof(1, target));
    only(() -> parapheur.documents().proof(1, ProofOptions.builder().mode(ProofMode.BASE64).onlyProof(true).build(),
        new ByteArrayOutputStream()));
    only(() -> parapheur.documents().historyXml(1, new ByteArrayOutputStream()));
    Files.deleteIfExists(target);
  }
}
