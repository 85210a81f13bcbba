package org.gedkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.parapheur.model.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryXmlTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  @TempDir
  Path tmp;

  private static final String XML = TestSupport.resource("history-export.xml");

  private static MockResponse xmlReply() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/xml")
        .setHeader("Content-Disposition", "inline; filename=maarch_history.xml").body(XML).build();
  }

  @Test
  void historyXml_toPath_sendsExactRequest_andStreamsTheFile() throws Exception {
    server.enqueue(xmlReply());
    Path target = tmp.resolve("out/history.xml");
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      DownloadResult r = client.documents().historyXml(250, target);
      assertThat(r.bytes()).isEqualTo(XML.getBytes(StandardCharsets.UTF_8).length);
      assertThat(r.path()).hasValue(target.toAbsolutePath());
      assertThat(Files.readString(target)).isEqualTo(XML);
      RecordedRequest req = server.takeRequest();
      assertThat(req.getMethod()).isEqualTo("GET");
      assertThat(req.getTarget()).isEqualTo("/rest/documents/250/history?mode=xml");
      assertThat(req.getHeaders().get("Authorization")).startsWith("Basic ");
      List<HistoryEntry> parsed = client.documents().parseHistoryXml(target);
      assertThat(parsed).hasSize(3);
    }
    try (var files = Files.list(target.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(target);
    }
  }

  @Test
  void historyXml_toStream_writesTheBytes() throws Exception {
    server.enqueue(xmlReply());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      long n = client.documents().historyXml(7, out);
      assertThat(n).isEqualTo(out.size());
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(XML);
      assertThat(server.takeRequest().getTarget()).isEqualTo("/rest/documents/7/history?mode=xml");
    }
  }

  @Test
  void historyXml_errorReply_leavesNoFile() {
    server.enqueue(TestSupport.json(400, "{\"errors\":\"Document does not exist\"}"));
    Path target = tmp.resolve("h.xml");
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      assertThatThrownBy(() -> client.documents().historyXml(9, target)).isInstanceOf(NotFoundException.class);
    }
    assertThat(target).doesNotExist();
  }

  @Test
  void parse_readsThePhpExportShape() {
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      List<HistoryEntry> h = client.documents().parseHistoryXml(
          new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
      assertThat(h.get(0).user().id()).hasValue(2);
      assertThat(h.get(0).user().email()).hasValue("ccornillac@maarch.com");
      assertThat(h.get(0).date()).hasValue(OffsetDateTime.parse("2020-03-19T15:50:00Z"));
      assertThat(h.get(0).data()).containsEntry("mainDocumentId", "250");
      assertThat(h.get(1).data()).isEmpty();
      assertThat(h.get(1).message()).isEqualTo("Document consulté & annoté");
      assertThat(h.get(1).user().isScript()).isTrue();
      assertThat(h.get(1).date()).hasValue(OffsetDateTime.parse("2021-10-08T14:03:27+02:00"));
      assertThat(h.get(2).document().orElseThrow().checksum()).isPresent();
      assertThat(h.get(2).document().orElseThrow().certificate()).isEmpty();
      assertThat(client.documents().parseHistoryXml(new ByteArrayInputStream("<root/>".getBytes(StandardCharsets.UTF_8))))
          .isEmpty();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  private List<HistoryEntry> parse(String xml) {
    try (ParapheurClient client = TestSupport.basicClient(server).build()) {
      return client.documents().parseHistoryXml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void xxe_externalFileEntity_isRefused() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<root><History><code>OK</code><message>&xxe;</message></History></root>";
    assertThatThrownBy(() -> parse(xml)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("DTD").hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void xxe_externalDtdOverHttp_isNeverFetched() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE root SYSTEM \"" + server.url("/evil.dtd") + "\">"
        + "<root><History><code>OK</code></History></root>";
    assertThatThrownBy(() -> parse(xml)).isInstanceOf(ProtocolException.class);
    assertThat(server.getRequestCount()).as("the parser never reaches the network").isZero();
  }

  @Test
  void billionLaughs_isRefused() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
        + "<root><History><message>&lol3;</message></History></root>";
    assertThatThrownBy(() -> parse(xml)).isInstanceOf(ProtocolException.class);
  }

  @Test
  void undeclaredEntity_andMalformedXml_areProtocolErrors() {
    assertThatThrownBy(() -> parse("<root><History><message>&nope;</message></History></root>"))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> parse("<root><History>")).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> parse("{\"history\":[]}")).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> parse("")).isInstanceOf(ProtocolException.class);
  }

  /** Found by a long fuzzing run: the JDK parser threw MissingResourceException (InvalidCharInDTD). */
  @Test
  void aBadCharacterInADtdIsAProtocolErrorNotAParserCrash() {
    assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY\u0000\u0000M \"fd\">]><root/>"))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("not well-formed");
  }
}
