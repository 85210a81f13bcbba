package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.junit.jupiter.api.Test;

/**
 * The request bodies the seed prints as examples are what the SDK sends (seed-requests-part2.tsv, copied verbatim;
 * compared as JSON trees, member order aside), and the request builders hide their secrets.
 */
class Part2RequestExamplesTest extends Part2MockServerTest {

  static JsonNode seed(int line) throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        Part2RequestExamplesTest.class.getResourceAsStream("seed-requests-part2.tsv")), StandardCharsets.UTF_8))) {
      String l;
      while ((l = r.readLine()) != null) {
        if (l.startsWith(line + "\t")) {
          return NetExplorerJson.mapper().readTree(SeedExamplesPart2Test.clean(l.split("\t", 3)[2]));
        }
      }
    }
    throw new AssertionError("no seed line " + line);
  }

  static JsonNode tree(Object value) throws Exception {
    return NetExplorerJson.mapper().readTree(NetExplorerJson.mapper().writeValueAsString(value));
  }

  JsonNode sent() throws Exception {
    return NetExplorerJson.mapper().readTree(body(server.takeRequest()));
  }

  @Test
  void annotationsAlertsRightsInvitations_sendTheSeedBodies() throws Exception {
    String ok = "{\"id\":1}";
    json(ok);
    nx.annotations().create(20, TargetType.FILE, "Ceci est le contenu de mon annotation !");
    assertThat(sent()).isEqualTo(seed(660));
    json(ok);
    nx.annotations().edit(1, "Ceci est le texte modifié de mon annotation !");
    assertThat(sent()).isEqualTo(seed(663));
    json(ok);
    nx.rights().create(4, "14", RightFlags.builder().browse(true).read(true).download(true).write(false).edit(false)
        .delete(false).share(false).build());
    assertThat(sent()).isEqualTo(seed(685));
    json(ok);
    nx.rights().edit(1, RightFlags.builder().browse(true).read(true).download(true).write(false).edit(false).build());
    assertThat(sent()).isEqualTo(seed(688));
    json(ok);
    nx.alerts().create(3, 14, 10);
    assertThat(sent()).isEqualTo(seed(697));
    json(ok);
    nx.alerts().edit(1, 5);
    assertThat(sent()).isEqualTo(seed(700));
    json("{\"id\":\"9\"}");
    nx.invitations().create("franck@solution.fr", 14, 3);
    assertThat(sent()).isEqualTo(seed(733));
  }

  @Test
  void config_sendsTheSeedShapes() throws Exception {
    reply(200, "OK");
    nx.config().testSmtp(SmtpSettings.builder().host("h").port(25).auth(true).secure("tls").username("u")
        .password("p").debug(false).build());
    List<String> sentKeys = new ArrayList<>();
    sent().fieldNames().forEachRemaining(sentKeys::add);
    List<String> seedKeys = new ArrayList<>();
    seed(793).fieldNames().forEachRemaining(seedKeys::add);
    assertThat(sentKeys).containsExactlyElementsOf(seedKeys);
    json("{\"default_language\":\"fr\"}");
    nx.config().update(ConfigChanges.builder().defaultLanguage("fr").build());
    assertThat(sent()).isEqualTo(seed(794));
  }

  @Test
  void workflowRequests_matchTheSeedExamples() throws Exception {
    JsonNode validation = tree(WorkflowRequest.builder(1)
        .externalValidator("person@externe.fr").internalValidator("Mark Dupont", "mark.dupont@netexplorer.fr", 12)
        .comment("Merci de valider ce document.").build().toWire());
    assertThat(validation.get("properties")).isEqualTo(seed(848));
    JsonNode signature = tree(WorkflowRequest.builder(3)
        .signer("Mark", "Dupont", "mark.dupont@netexplorer.fr", 13L)
        .signer("Edouard", "Vicheli", "edouard.vicheli@netexplorer.fr", null)
        .signatureField(604, 49, 1, 0, 0).signatureField(304, 49, 1, 1, 0).object(32).object(67)
        .comment("Merci de signer ce document.").build().toWire());
    assertThat(signature.get("properties")).isEqualTo(seed(852));
    JsonNode multi = tree(WorkflowRequest.builder(4).object(32).object(67)
        .externalValidator("person@externe.fr").internalValidator("Mark Dupont", "mark.dupont@netexplorer.fr", 12)
        .comment("Merci de valider ce document.").build().toWire());
    assertThat(multi.get("properties")).isEqualTo(seed(854));

    json("{\"id\":12}");
    nx.workflow().create(WorkflowRequest.builder(2)
        .signer("Mark", "Dupont", "mark.dupont@netexplorer.fr", null)
        .signer("Edouard", "Vicheli", "edouard@vicheli@netexplorer.fr", null)
        .signatureField(373, 40, 1, 0, 0).signatureField(160, 41, 1, 1, 0)
        .signatureField(384, 46, 1, 0, 1).signatureField(164, 44, 1, 1, 1)
        .sendCopy(true).object(4918).object(4917).build());
    assertThat(sent()).isEqualTo(seed(855));
    assertThatThrownBy(() -> WorkflowRequest.builder(6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builders_hideSecrets_andKeepOrder() {
    SharelinkChanges c = SharelinkChanges.builder().password("hunter2").maxDownloads(2).build();
    assertThat(c.toString()).doesNotContain("hunter2").contains("password=***").contains("max_downloads=2");
    assertThat(c.toWire().keySet()).containsExactly("password", "max_downloads");
    assertThat(OAuthTokenRequest.builder().clientSecret("s3").refreshToken("r3").build().toString())
        .doesNotContain("s3").doesNotContain("r3");
    assertThat(SmtpSettings.builder().password("pw!").build().toString()).doesNotContain("pw!");
    assertThat(UserChanges.none().toWire()).isEmpty();
  }
}
