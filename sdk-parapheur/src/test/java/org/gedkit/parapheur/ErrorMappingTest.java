package org.gedkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every real error body in the shared fixtures maps to the right exception, with its message kept. */
class ErrorMappingTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  /** fixture → expected kind (the status is in the file name). */
  private static final Map<String, Class<? extends GedkitException>> EXPECTED = Map.ofEntries(
      Map.entry("err-400-authenticate-bad-request.json", InvalidArgumentException.class),
      Map.entry("err-400-configuration-file-missing.json", InvalidArgumentException.class),
      Map.entry("err-400-docserver-does-not-exist.json", InvalidArgumentException.class),
      Map.entry("err-400-document-does-not-exist.json", NotFoundException.class),
      Map.entry("err-400-fingerprint-do-not-match.json", InvalidArgumentException.class),
      Map.entry("err-400-refresh-token-empty.json", InvalidArgumentException.class),
      Map.entry("err-400-route-id-not-integer.json", InvalidArgumentException.class),
      Map.entry("err-401-authentication-failed.json", AuthenticationException.class),
      Map.entry("err-403-authenticate-unauthorized-rest-user.json", AuthenticationException.class),
      Map.entry("err-403-document-out-of-perimeter.json", PermissionDeniedException.class),
      Map.entry("err-403-document-still-being-processed.json", ConflictException.class),
      Map.entry("err-403-password-expired.json", AuthenticationException.class),
      Map.entry("err-404-document-not-found-on-docserver.json", NotFoundException.class));

  /** Non-error fixtures, covered by other tests. */
  private static final Set<String> OTHER = Set.of("courrier-mock-proof-reply.json");

  @Test
  void everyFixtureIsMapped() throws IOException {
    Path dir = TestSupport.fixtures();
    Set<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> known = new TreeSet<>(EXPECTED.keySet());
    known.addAll(OTHER);
    assertThat(files).as("every shared Parapheur fixture has an expected mapping here").isSubsetOf(known);
    int checked = 0;
    for (String f : files) {
      if (OTHER.contains(f)) {
        continue;
      }
      String body = TestSupport.read(dir.resolve(f));
      int status = Integer.parseInt(f.substring(4, 7));
      server.enqueue(TestSupport.json(status, body));
      try (ParapheurClient client = TestSupport.basicClient(server).build()) {
        GedkitException e = catchThrowableOfType(GedkitException.class, () -> client.documents().history(12));
        assertThat(e).as(f).isInstanceOf(EXPECTED.get(f));
        String vendor = body.replaceAll("^\\{\"errors\":\"", "").replaceAll("\"}\\s*$", "");
        assertThat(e.vendorMessage()).as(f).contains(vendor);
        assertThat(e.status()).as(f).hasValue(status);
        assertThat(e.backend()).isEqualTo("parapheur");
        assertThat(e.operation()).isEqualTo("documents.history");
        checked++;
      }
    }
    assertThat(checked).isEqualTo(files.size() - (int) files.stream().filter(OTHER::contains).count());
    assertThat(server.getRequestCount()).as("no error reply is retried").isEqualTo(checked);
  }

  @Test
  void stillBeingProcessed_isRetryableLater_butNotRetriedNow() {
    server.enqueue(TestSupport.json(403, "{\"errors\":\"The document is still being processed\"}"));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      ConflictException e = catchThrowableOfType(ConflictException.class, () -> client.documents().history(5));
      assertThat(e.isRetryable()).isTrue();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void outOfPerimeter_isNotRetryable() {
    server.enqueue(TestSupport.json(403, "{\"errors\":\"Document out of perimeter\"}"));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
          () -> client.documents().history(5));
      assertThat(e.isRetryable()).isFalse();
      assertThat(e.vendorMessage()).hasValue("Document out of perimeter");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "500|{\"errors\":\"boom\"}|org.gedkit.core.error.ServerException",
      "400|not json at all|org.gedkit.core.error.InvalidArgumentException",
      "403||org.gedkit.core.error.PermissionDeniedException",
      "400|{\"errors\":[\"Document does not exist\"]}|org.gedkit.core.error.NotFoundException"})
  void oddBodies_stillMapByStatus(int status, String body, String type) throws ClassNotFoundException {
    server.enqueue(TestSupport.json(status, body == null ? "" : body));
    try (ParapheurClient client = TestSupport.basicClient(server)
        .retryPolicy(org.gedkit.core.http.RetryPolicy.none()).build()) {
      GedkitException e = catchThrowableOfType(GedkitException.class, () -> client.documents().history(5));
      assertThat(e).isInstanceOf(Class.forName(type));
    }
  }

  @Test
  void htmlErrorPage_isNotTakenForAVendorMessage() {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
        .body("<html><body>Bad Gateway</body></html>").build());
    try (ParapheurClient client = TestSupport.basicClient(server)
        .retryPolicy(org.gedkit.core.http.RetryPolicy.none()).build()) {
      GedkitException e = catchThrowableOfType(GedkitException.class, () -> client.documents().history(5));
      assertThat(e).isInstanceOf(ServerException.class);
      assertThat(e.vendorMessage()).isEmpty();
      assertThat(e).isNotInstanceOf(ProtocolException.class);
    }
  }
}
