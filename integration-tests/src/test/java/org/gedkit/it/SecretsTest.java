package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.http.Redactor;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.Fault;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No test credential, token or session id in a log line, an exception message or a toString(). The adapter
 * modules' tests log every Gedkit logger at TRACE into {@code target/gedkit-test.log} (their
 * {@code simplelogger.properties}); this module is built after them, so it scans those files, then exercises
 * each adapter (success, error replies echoing the token, session expiry) and scans its own log.
 */
class SecretsTest {

  /** A JWT (header.payload.): never in a log, whatever the back end. */
  static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.");

  @TempDir Path tmp;

  static Stream<AdapterUnderTest> adapters() {
    return Adapters.stream();
  }

  static Path root() {
    String r = System.getProperty("gedkit.root");
    Path p = r == null || r.isBlank() ? Path.of("..") : Path.of(r);
    return Files.isDirectory(p.resolve("integration-tests")) ? p : Path.of("..");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void theAdapterModuleTestLogHoldsNoSecret(AdapterUnderTest adapter) throws IOException {
    Path log = root().resolve(adapter.moduleDirectory()).resolve("target/gedkit-test.log");
    assumeTrue(Files.isRegularFile(log), "no test log at " + log + ": build with -am so the adapter tests run first");
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(text).as("the log really holds the TRACE request lines (else this check proves nothing)")
        .contains("--> GET");
    Set<String> secrets = new LinkedHashSet<>(adapter.moduleTestSecrets());
    secrets.addAll(adapter.knownSecrets());
    assertNoSecret(log.toString(), text, secrets);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void exercisedCallsLeakNothing(AdapterUnderTest adapter) throws Exception {
    List<String> texts = new ArrayList<>();
    Path ownLog = Path.of("target/gedkit-test.log");
    long before = Files.isRegularFile(ownLog) ? Files.size(ownLog) : 0;
    try (EmulatorServer emulator = adapter.newEmulator()) {
      emulator.start();
      try (AutoCloseable client = adapter.newClient(emulator.baseUrl(), new AdapterUnderTest.Settings(
          new RecordingSleeper(), FaultCase.READ_TIMEOUT_SETTING, null, RetryPolicy.defaults()))) {
        for (AdapterUnderTest.Op op : adapter.operations()) {
          Path target = tmp.resolve(op.name() + ".bin");
          op.call().run(client, target, () -> { });
          // the server echoes every secret it knows in an error reply
          String echo = String.join(" ", adapter.sentSecrets());
          emulator.faults().next(4, op.method(), op.pathRegex(),
              Fault.statusWithBody(503, "{\"error\":\"token " + echo + " refused\",\"message\":\"" + echo + "\"}"));
          collect(texts, () -> op.call().run(client, target, () -> { }));
          emulator.faults().clear();
        }
        adapter.expireSession(emulator);
        for (AdapterUnderTest.Op op : adapter.operations()) {
          collect(texts, () -> op.call().run(client, tmp.resolve(op.name() + ".again"), () -> { }));
        }
        for (Object holder : adapter.secretHolders(client)) {
          texts.add(String.valueOf(holder));
        }
      }
      texts.add(emulator.toString());
    }
    Set<String> secrets = adapter.knownSecrets();
    for (String t : texts) {
      assertNoSecret("exception message / toString()", t, secrets);
    }
    assertThat(Files.size(ownLog)).as("the calls were logged").isGreaterThan(before);
    String log = Files.readString(ownLog, StandardCharsets.UTF_8);
    assertThat(log).contains("--> GET");
    assertNoSecret(ownLog.toString(), log, secrets);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void theAdaptersSecretNamesAreRedacted(AdapterUnderTest adapter) throws Exception {
    String secret = adapter.knownSecrets().iterator().next();
    try (AutoCloseable client = adapter.newClient("http://127.0.0.1:9/", new AdapterUnderTest.Settings(
        new RecordingSleeper(), FaultCase.READ_TIMEOUT_SETTING, null, RetryPolicy.none()))) {
      Redactor redactor = adapter.transport(client).redactor();
      for (String name : adapter.secretParameters()) {
        assertThat(redactor.isSecretParameter(name)).as(name).isTrue();
        HttpUrl url = HttpUrl.get("https://h.example/api/x?a=1&" + name + "=" + secret + "&b=2");
        assertThat(redactor.redact(url)).doesNotContain(secret).contains("a=1").contains("b=2");
        assertThat(redactor.redactForm("a=1&" + name + "=" + secret)).doesNotContain(secret);
      }
      for (String name : adapter.secretHeaders()) {
        assertThat(redactor.isSecretHeader(name)).as(name).isTrue();
        assertThat(redactor.isSecretHeader(name.toUpperCase(java.util.Locale.ROOT))).isTrue();
        String shown = redactor.redact(Headers.of(name, "Bearer " + secret, "Accept", "application/json"));
        assertThat(shown).doesNotContain(secret).contains("application/json");
      }
    }
  }

  private interface Action {
    void run() throws Exception;
  }

  private static void collect(List<String> texts, Action action) {
    try {
      action.run();
    } catch (GedkitException e) {
      texts.add(e.getMessage());
      texts.add(e.toString());
      texts.add(String.valueOf(e.vendorMessage()));
      texts.add(String.valueOf(e.details()));
    } catch (Exception e) {
      throw new AssertionError("only GedkitException may escape, got " + e, e);
    }
  }

  static void assertNoSecret(String where, String text, Set<String> secrets) {
    for (String s : secrets) {
      if (text.contains(s)) {
        int at = text.indexOf(s);
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int lineEnd = text.indexOf('\n', at);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd)
            .replace(s, "<SECRET #" + Integer.toHexString(s.hashCode()) + ">");
        throw new AssertionError("a test secret leaks in " + where + ": " + line);
      }
    }
    var jwt = JWT.matcher(text);
    if (jwt.find()) {
      throw new AssertionError("a JWT leaks in " + where + " at offset " + jwt.start());
    }
  }
}
