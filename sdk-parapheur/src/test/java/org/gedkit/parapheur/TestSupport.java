package org.gedkit.parapheur;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.http.Sleeper;

/** Shared helpers of the Parapheur tests. */
final class TestSupport {

  private TestSupport() {}

  /** Waits recorded instead of slept. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
      waits.add(duration);
    }
  }

  static ParapheurClient.Builder basicClient(MockWebServer server) {
    return ParapheurClient.builder()
        .baseUrl(server.url("/").toString())
        .credentials(Credentials.password("rest", "secret"))
        .sleeper(new RecordingSleeper())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build());
  }

  static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
  }

  /** The shared real-reply folder for Parapheur; the test is skipped (with the reason) when it is absent. */
  static Path fixtures() {
    String root = System.getProperty("gedkit.fixtures");
    assumeTrue(root != null, "gedkit.fixtures is not set: the shared vendor fixtures are not available");
    Path dir = Path.of(root, "parapheur");
    assumeTrue(Files.isDirectory(dir), "no shared Parapheur fixtures at " + dir);
    return dir;
  }

  /** The shared seeds folder; the test is skipped (with the reason) when it is absent. */
  static Path seeds() {
    String root = System.getProperty("gedkit.seeds");
    assumeTrue(root != null, "gedkit.seeds is not set: the vendor seed documents are not available");
    Path dir = Path.of(root);
    assumeTrue(Files.isDirectory(dir), "no seed documents at " + dir);
    return dir;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource of this package, as text. */
  static String resource(String name) {
    try (InputStream in = Objects.requireNonNull(TestSupport.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An unsigned JWT-shaped token whose {@code exp} claim is {@code exp} (epoch seconds). */
  static String jwt(long exp, String marker) {
    Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
    String header = enc.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
    String payload = enc.encodeToString(("{\"exp\":" + exp + ",\"user\":{\"id\":1},\"m\":\"" + marker + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".c2ln";
  }
}
