package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gedkit.core.http.Redactor;
import org.junit.jupiter.api.Test;

/**
 * Every log line the whole test suite wrote: each module's tests log every Gedkit logger at TRACE (request
 * lines, redacted headers, retries, session renewals) into {@code <module>/target/*.log}; this module is
 * built last, so it reads them all and fails when a line holds
 * <ul>
 *   <li>any credential or token a module's tests use (every adapter's, and sdk-core's),</li>
 *   <li>a secret name (a header or parameter the redactors know) followed by anything but the mask,</li>
 *   <li>a token in the shape the emulators issue at run time (JWT, Qorus and NetExplorer tokens),</li>
 * </ul>
 * so a session id or token issued during a test, unknown in advance, is caught by its shape or its name.
 */
class SuiteLogSecretsTest {

  /** Modules whose tests log to a file (their test {@code simplelogger.properties}). */
  static final List<String> MODULES = List.of("sdk-core", "sdk-testkit", "sdk-ezged", "sdk-netexplorer",
      "sdk-phraseanet", "sdk-qorus", "sdk-parapheur", "examples", "benchmarks");

  /** sdk-core's test credentials. */
  static final Set<String> CORE_SECRETS = Set.of("hunter22", "tok-123456", "tok123456", "s@cret", "fromSettings");

  /** Every secret header and parameter name of the default redactor and the adapters' additions. */
  static final String NAMES = "authorization|proxy-authorization|cookie|set-cookie|qorus-token|refresh-token"
      + "|x-auth-token|x-api-key|password|pwd|passwd|sessionid|secsesid|access_token|oauth_token|refresh_token"
      + "|refreshtoken|apikey|api_key|client_secret|jwt|token";

  /** Header names that carry secrets. */
  static final String HEADER_NAMES = "authorization|proxy-authorization|cookie|set-cookie|qorus-token|refresh-token"
      + "|x-auth-token|x-api-key|token";

  /**
   * A secret name with a value that is not the mask, in the three shapes a log line shows values in: a URL or
   * form parameter ({@code sessionid=123}), a JSON member ({@code "password":"x"}) and a header line
   * ({@code Qorus-Token: x}, at the start of a line as the TRACE header dump prints it). Prose such as
   * {@code expired token": AUTHENTICATION-ERROR} is none of these.
   */
  static final List<Pattern> NAMED_VALUE = List.of(
      Pattern.compile("(?i)(?<![A-Za-z0-9_-])(" + NAMES + ")=(?!" + Pattern.quote(Redactor.MASK)
          + ")([^\\s&\"',;}\\]]+)"),
      Pattern.compile("(?i)\"(" + NAMES + ")\"\\s*:\\s*\"(?!" + Pattern.quote(Redactor.MASK) + ")([^\"]+)\""),
      Pattern.compile("(?i)^\\s*(" + HEADER_NAMES + "):\\s+(?!" + Pattern.quote(Redactor.MASK) + ")(\\S+)"));

  /** Tokens in the shapes the emulators issue (Qorus, NetExplorer), and JWTs (Parapheur). */
  static final List<Pattern> ISSUED = List.of(
      SecretsTest.JWT,
      Pattern.compile("qtok-\\d+-[0-9a-f]{6,}"),
      Pattern.compile("(?<![0-9A-Fa-f])[0-9A-F]{32}(?![0-9A-Fa-f])"));

  static Set<String> knownSecrets() {
    Set<String> s = new LinkedHashSet<>(CORE_SECRETS);
    for (AdapterUnderTest a : Adapters.all()) {
      s.addAll(a.knownSecrets());
      s.addAll(a.moduleTestSecrets());
    }
    return s;
  }

  static List<Path> logs() throws IOException {
    List<Path> logs = new ArrayList<>();
    for (String m : MODULES) {
      Path target = SecretsTest.root().resolve(m).resolve("target");
      if (Files.isDirectory(target)) {
        try (Stream<Path> files = Files.list(target)) {
          files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().forEach(logs::add);
        }
      }
    }
    return logs;
  }

  @Test
  void noLogLineOfTheWholeSuiteHoldsASecret() throws IOException {
    List<Path> logs = logs();
    assumeTrue(!logs.isEmpty(), "no module test log under " + SecretsTest.root().toAbsolutePath()
        + ": build the reactor (mvn verify) so every module's tests run first");
    Set<String> secrets = knownSecrets();
    long lines = 0;
    long requestLines = 0;
    for (Path log : logs) {
      try (BufferedReader r = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          lines++;
          if (line.contains("--> ")) {
            requestLines++;
          }
          String leak = leak(line, secrets);
          if (leak != null) {
            throw new AssertionError("a secret leaks in " + SecretsTest.root().relativize(log) + " line " + n
                + " (" + leak + ")");
          }
        }
      }
    }
    assertThat(requestLines).as("the logs really hold the TRACE request lines (else this proves nothing)")
        .isPositive();
    assertThat(lines).isGreaterThan(requestLines);
  }

  /**
   * What leaks in a line, described without the secret itself, or null.
   *
   * @param line the line
   * @param secrets the known secrets
   * @return a description, or null
   */
  static String leak(String line, Set<String> secrets) {
    for (String s : secrets) {
      if (line.contains(s)) {
        return "a test credential #" + Integer.toHexString(s.hashCode());
      }
    }
    for (Pattern p : NAMED_VALUE) {
      Matcher named = p.matcher(line);
      if (named.find()) {
        return "an unmasked value after '" + named.group(1) + "' at column " + named.start(2);
      }
    }
    for (Pattern p : ISSUED) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        return "an issued token shaped like /" + p.pattern() + "/ at column " + m.start();
      }
    }
    return null;
  }

  @Test
  void theCheckCatchesWhatItLooksFor() {
    Set<String> secrets = Set.of("pw-very-specific-1");
    assertThat(leak("--> GET http://h/x?sessionid=***&a=1", secrets)).isNull();
    assertThat(leak("request headers: Authorization: ***", secrets)).isNull();
    assertThat(leak("login with pw-very-specific-1", secrets)).contains("credential");
    assertThat(leak("--> GET http://h/service.php?sessionid=123456789&a=1", secrets)).contains("sessionid");
    assertThat(leak("Qorus-Token: qtok-1-3ff0", secrets)).contains("Qorus-Token");
    assertThat(leak("{\"password\":\"admin\"}", secrets)).contains("password");
    assertThat(leak("renewed, now qtok-12-3fe0000000000000", secrets)).contains("issued token");
    assertThat(leak("token 4F2A9C0E1B3D5F7A9C0E1B3D5F7A9C0E refused", secrets)).contains("issued token");
    assertThat(leak("bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.x", secrets)).contains("issued token");
    assertThat(leak("md5 d41d8cd98f00b204e9800998ecf8427e verified", secrets)).isNull();
    assertThat(leak("logout failed: vendor message \"invalid or expired token\": AUTHENTICATION-ERROR", secrets))
        .isNull();
    assertThat(leak("{\"token\":\"***\",\"user\":\"jo\"}", secrets)).isNull();
    assertThat(leak("  Authorization: Basic am86cHc=", secrets)).contains("Authorization");
  }
}
