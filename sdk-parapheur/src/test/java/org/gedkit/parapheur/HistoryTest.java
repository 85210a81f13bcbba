package org.gedkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gedkit.parapheur.TestSupport.json;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.parapheur.model.HistoryCode;
import org.gedkit.parapheur.model.HistoryEntry;
import org.gedkit.parapheur.model.SignedDocument;
import org.junit.jupiter.api.Test;

class HistoryTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  private List<HistoryEntry> history(String body) {
    server.enqueue(json(200, body));
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      return client.documents().history(250);
    }
  }

  @Test
  void history_sendsExactRequest() throws Exception {
    history("{\"history\":[]}");
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/rest/documents/250/history?mode=json");
    assertThat(r.getHeaders().get("Authorization")).startsWith("Basic ");
    assertThat(r.getBodySize()).isZero();
  }

  @Test
  void baseUrlWithAPathPrefix_isKept() throws Exception {
    for (String prefix : new String[] {"/maarch-parapheur", "/maarch-parapheur/"}) {
      server.enqueue(json(200, "{\"history\":[]}"));
      try (ParapheurClient client = TestSupport.basicClient(server).baseUrl(server.url(prefix).toString()).build()) {
        client.documents().history(8);
      }
      assertThat(server.takeRequest().getTarget()).isEqualTo("/maarch-parapheur/rest/documents/8/history?mode=json");
    }
  }

  @Test
  void seedExample_parsesUnchanged() {
    List<HistoryEntry> h = history(TestSupport.resource("seed-history-example.json"));
    assertThat(h).hasSize(4);
    HistoryEntry first = h.get(0);
    assertThat(first.code()).isEqualTo(HistoryCode.OK);
    assertThat(first.type()).isEqualTo("CREATION");
    assertThat(first.user().id()).hasValue(2);
    assertThat(first.user().email()).hasValue("ccornillac@maarch.com");
    assertThat(first.user().firstname()).hasValue("Clovis");
    assertThat(first.user().lastname()).hasValue("CORNILLAC");
    assertThat(first.user().ip()).hasValue("10.2.3.4");
    assertThat(first.date()).hasValue(OffsetDateTime.parse("2020-03-19T15:50:00Z"));
    assertThat(first.message()).isEqualTo("Pièce jointe ajoutée : summarySheet.pdf");
    assertThat(first.data()).containsExactly(Map.entry("mainDocumentId", 250L));
    assertThat(first.document()).isEmpty();
    assertThat(h.get(1).data()).as("[] means no data").isEmpty();
    assertThat(h.get(2).type()).isEqualTo("VIEW");
    HistoryEntry sign = h.get(3);
    assertThat(sign.isType("action")).isTrue();
    assertThat(sign.data()).containsEntry("actionId", 1L).containsEntry("mode", "sign");
    SignedDocument doc = sign.document().orElseThrow();
    assertThat(doc.filename()).isEqualTo("0013_1634265441.pdf");
    assertThat(doc.fingerprint()).hasSize(128).startsWith("9e697268b30a00da");
    assertThat(doc.checksum()).isPresent();
    assertThat(doc.mimeType()).hasValue("application/pdf");
    assertThat(doc.certificate().orElseThrow()).contains("-----BEGIN CERTIFICATE-----").contains("CN = Maarch Parapheur");
    assertThat(h).allSatisfy(e -> assertThat(e.extra()).isEmpty());
  }

  @Test
  void isoDates_of21_03_areRead() {
    List<HistoryEntry> h = history("{\"history\":[{\"code\":\"OK\",\"type\":\"VIEW\",\"user\":{\"id\":1},"
        + "\"date\":\"2021-10-08T14:03:27+02:00\",\"message\":\"m\",\"data\":[]}]}");
    assertThat(h.get(0).date()).hasValue(OffsetDateTime.parse("2021-10-08T14:03:27+02:00"));
  }

  @Test
  void datesWithoutOffset_areReadInTheServerZone() {
    server.enqueue(json(200, "{\"history\":[{\"code\":\"OK\",\"date\":\"19-03-2020 15:50\"}]}"));
    try (ParapheurClient client = TestSupport.basicClient(server).serverZone(ZoneId.of("Europe/Paris")).build()) {
      assertThat(client.documents().history(1).get(0).date())
          .hasValue(OffsetDateTime.parse("2020-03-19T15:50:00+01:00"));
    }
  }

  @Test
  void unknownCode_missingUser_scriptIp_extraFields_areTolerated() {
    List<HistoryEntry> h = history("{\"history\":[{\"code\":\"WARN\",\"type\":\"X\",\"user\":[],"
        + "\"date\":\"19-03-2020 15:50\",\"message\":\"m\",\"data\":{\"a\":{\"b\":[1,true,null]}},\"level\":3},"
        + "{\"code\":\"ko\",\"user\":{\"id\":\"7\",\"ip\":\"script\",\"login\":\"bot\"},\"date\":null}]}");
    assertThat(h.get(0).code()).isEqualTo(HistoryCode.UNKNOWN);
    assertThat(h.get(0).rawCode()).isEqualTo("WARN");
    assertThat(h.get(0).user().id()).isEmpty();
    assertThat(h.get(0).user().displayName()).isEqualTo("?");
    assertThat(h.get(0).extra()).containsEntry("level", 3L);
    assertThat(h.get(0).data()).containsKey("a");
    assertThat(h.get(1).code()).isEqualTo(HistoryCode.KO);
    assertThat(h.get(1).isOk()).isFalse();
    assertThat(h.get(1).user().id()).hasValue(7);
    assertThat(h.get(1).user().isScript()).isTrue();
    assertThat(h.get(1).user().extra()).containsEntry("login", "bot");
    assertThat(h.get(1).date()).isEmpty();
    assertThat(h.get(1).message()).isEmpty();
    assertThatThrownBy(() -> h.get(0).data().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badDate_isProtocolError() {
    assertThatThrownBy(() -> history("{\"history\":[{\"code\":\"OK\",\"date\":\"yesterday\"}]}"))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("date");
  }

  @Test
  void replyWithoutHistory_isProtocolError() {
    assertThatThrownBy(() -> history("{\"items\":[]}")).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("history");
    assertThatThrownBy(() -> history("{\"history\":[1]}")).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("not an object");
  }

  @Test
  void nonPositiveId_isRefusedBeforeSending() {
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().history(0)).isInstanceOf(InvalidArgumentException.class)
          .hasMessageContaining("documentId");
      assertThatThrownBy(() -> client.documents().history(-3)).isInstanceOf(InvalidArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
