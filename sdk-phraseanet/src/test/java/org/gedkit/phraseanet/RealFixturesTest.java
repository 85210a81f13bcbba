package org.gedkit.phraseanet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.json.GedkitJson;
import org.gedkit.phraseanet.model.PhraseanetUser;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Phraseanet replies (../shared/fixtures/phraseanet, see its SOURCES.md), read in place and never
 * copied. Skipped with a reason when the folder is absent.
 */
class RealFixturesTest extends MockServerSupport {

  static Path dir() {
    String root = System.getProperty("gedkit.fixtures");
    return root == null ? null : Paths.get(root, "phraseanet");
  }

  static String fixture(String name) throws IOException {
    Path d = dir();
    assumeThat(d != null && Files.isDirectory(d))
        .as("real Phraseanet fixtures not available (system property gedkit.fixtures -> " + d + ")").isTrue();
    return Files.readString(d.resolve(name), StandardCharsets.UTF_8);
  }

  static Stream<String> envelopeFixtures() throws IOException {
    Path d = dir();
    if (d == null || !Files.isDirectory(d)) {
      return Stream.of();
    }
    try (Stream<Path> files = Files.list(d)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("sdk-") && n.endsWith(".json"))
          .filter(n -> !n.equals("sdk-access_token.json")).sorted().toList().stream();
    }
  }

  @Test
  void quarantineFindAll_parses_andIsAShortLastPage() throws Exception {
    enqueueJson(200, fixture("sdk-quarantine-findAll.json"));

    List<QuarantineItem> items = client.quarantine().list().toList();

    assertThat(items).hasSize(6);
    assertThat(server.getRequestCount()).as("6 items for per_page 10: short page, no second request").isEqualTo(1);
    QuarantineItem first = items.get(0);
    assertThat(first.id()).isEqualTo(11);
    assertThat(first.session().id()).isEqualTo(84);
    assertThat(first.session().userId()).contains(6L);
    PhraseanetUser user = first.session().user().orElseThrow();
    assertThat(user.id()).isEqualTo(6);
    assertThat(user.email()).contains("user4@example.com");
    assertThat(user.firstName()).isEmpty();
    assertThat(user.lastConnection()).as("the MySQL zero date gives empty").isEmpty();
    assertThat(user.createdOn()).contains(OffsetDateTime.parse("2014-04-01T11:54:51+02:00"));
    assertThat(user.extra()).containsEntry("gender", "Miss").containsKey("@entity@").containsKey("updated_on");
    assertThat(first.originalName()).isEqualTo("Toutsurlespiles.pdf");
    assertThat(first.checks()).containsExactly("Un fichier avec le même UUID existe déjà dans la base de données");
    assertThat(first.createdOn()).contains(OffsetDateTime.parse("2014-09-25T10:28:15+02:00"));
    assertThat(items).allSatisfy(i -> {
      assertThat(i.checksum()).isPresent();
      assertThat(i.extra()).isEmpty();
    });
  }

  @Test
  void quarantineFindById_parses_withTwoChecks() throws Exception {
    enqueueJson(200, fixture("sdk-quarantine-findById.json"));

    QuarantineItem item = client.quarantine().get(6);

    assertThat(take().getUrl().encodedPath()).isEqualTo("/api/v1/quarantine/item/6/");
    assertThat(item.id()).isEqualTo(6);
    assertThat(item.session().id()).isEqualTo(79);
    assertThat(item.session().user().orElseThrow().displayName()).isEqualTo("jean support ");
    assertThat(item.checks()).hasSize(2);
    assertThat(item.sha256()).isEqualTo("ee376fa814c826d3526c920feaf4165cb6e24d22b6592f72696812c3b619d405");
    assertThat(item.updatedOn()).contains(OffsetDateTime.parse("2014-09-12T17:34:04+02:00"));
  }

  @Test
  void error401_api10_isAuthenticationError_asHttp401_andAsHttp200() throws Exception {
    String body = fixture("sdk-401.json");
    enqueueJson(401, body);
    enqueueJson(200, body);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> client.quarantine().list().toList()).isInstanceOfSatisfying(AuthenticationException.class,
          e -> {
            assertThat(e.status()).hasValue(401);
            assertThat(e.vendorCode()).as("api 1.0 has no error_type").isEmpty();
            assertThat(e.sessionExpired()).isFalse();
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void error500_api10_keepsMessageAndDetails() throws Exception {
    enqueueJson(500, fixture("sdk-500.json"));

    assertThatThrownBy(() -> client.quarantine().get(6)).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.status()).hasValue(500);
      assertThat(e.vendorMessage()).contains("something went wrong: server has encountered an unexpected error");
    });
  }

  @Test
  void badJson_isProtocolException_notJacksonException() throws Exception {
    enqueueJson(200, fixture("sdk-bad.json"));

    assertThatThrownBy(() -> client.quarantine().list().toList())
        .isExactlyInstanceOf(ProtocolException.class)
        .hasMessageContaining("not the JSON expected");
  }

  @Test
  void emptyResponse_givesEmptyListing() throws Exception {
    enqueueJson(200, fixture("sdk-empty.json"));
    assertThat(client.quarantine().list()).isEmpty();
  }

  /** Every captured envelope goes through the one unwrapping code without any non-Gedkit failure. */
  @ParameterizedTest
  @MethodSource("envelopeFixtures")
  void everyEnvelope_unwrapsToItemsOrTypedError(String name) throws Exception {
    String body = fixture(name);
    JsonNode tree = null;
    try {
      tree = GedkitJson.mapper().readTree(body);
    } catch (IOException e) {
      // sdk-bad.json: malformed on purpose
    }
    enqueueJson(200, body);
    try {
      List<QuarantineItem> items = client.quarantine().list().toList();
      assertThat(tree).isNotNull();
      int code = tree.path("meta").path("http_code").asInt();
      assertThat(code).isEqualTo(200);
      boolean quarantine = tree.path("meta").path("request").asText().contains("/quarantine/list/");
      assertThat(items).hasSize(quarantine ? tree.path("response").path("quarantine_items").size() : 0);
    } catch (GedkitException e) {
      if (tree == null) {
        assertThat(e).isExactlyInstanceOf(ProtocolException.class);
      } else {
        assertThat(e.status()).hasValue(tree.path("meta").path("http_code").asInt());
      }
    }
  }
}
