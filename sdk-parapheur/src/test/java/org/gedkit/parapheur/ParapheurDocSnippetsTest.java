package org.gedkit.parapheur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.parapheur.model.HistoryEntry;
import org.gedkit.parapheur.model.ProofFormat;
import org.gedkit.parapheur.model.ProofResult;
import org.gedkit.parapheur.model.SignedDocument;
import org.gedkit.testkit.parapheur.ParapheurEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every snippet of docs/parapheur.md against the emulator, and checks the guide shows them as written
 * here (between the {@code snippet:} and {@code end-snippet} comments).
 */
class ParapheurDocSnippetsTest {

  private ParapheurEmulator emu;
  private String baseUrl;
  private final List<String> printed = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    emu = ParapheurEmulator.withSampleData().start();
    baseUrl = emu.baseUrl();
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  private void println(Object o) {
    printed.add(String.valueOf(o));
  }

  private ParapheurClient client() {
    return ParapheurClient.builder().baseUrl(baseUrl).credentials(Credentials.password("rest-api", "secret")).build();
  }

  @Test
  void basicClient() {
    // snippet:basic-client
    try (ParapheurClient client = ParapheurClient.builder()
        .baseUrl(baseUrl) // e.g. "https://parapheur.example.org"
        .credentials(Credentials.password("rest-api", "secret"))
        .serverZone(ZoneId.of("Europe/Paris")) // for 20.03 servers' dates without offset
        .build()) {
      List<HistoryEntry> history = client.documents().history(250);
      for (HistoryEntry e : history) {
        println(e.date().orElse(null) + " " + e.code() + " " + e.type() + " " + e.user().displayName()
            + ": " + e.message());
      }
    }
    // end-snippet
    assertThat(printed).hasSize(3).anyMatch(l -> l.contains("ACTION Jenny JANE: Action effectuée : VAL"));
  }

  @Test
  void tokenClient() {
    // snippet:token-client
    try (ParapheurClient client = ParapheurClient.builder()
        .baseUrl(baseUrl)
        .credentials(Credentials.password("jjane", "maarch")) // a web user, not a REST user
        .authMode(AuthMode.TOKEN)
        .build()) {
      client.documents().history(250); // logs in once, then sends "Authorization: Bearer <jwt>"
      client.documents().history(251); // reuses the token; refreshed before it expires
    }
    // end-snippet
    assertThat(emu.loginCount()).isEqualTo(1);
  }

  @Test
  void historyXml() {
    try (ParapheurClient client = client()) {
      // snippet:history-xml
      Path file = dir.resolve("history-250.xml");
      DownloadResult saved = client.documents().historyXml(250, file); // streamed, nothing parsed
      List<HistoryEntry> entries = client.documents().parseHistoryXml(file); // DTDs and entities refused
      // end-snippet
      assertThat(saved.bytes()).isPositive();
      assertThat(entries).hasSize(3);
    }
  }

  @Test
  void proofFolder() {
    try (ParapheurClient client = client()) {
      // snippet:proof-folder
      SignedDocument signed = client.documents().history(250).stream()
          .flatMap(e -> e.document().stream())
          .findFirst().orElseThrow();
      ProofResult folder = client.documents().proof(250, dir.resolve("folder-250.zip")); // whole folder, streamed
      if (folder.format() == ProofFormat.ZIP) {
        ExtractedArchive files = ProofArchive.extract(folder.path().orElseThrow(), dir.resolve("folder-250"));
        signed.verify(files.find(ProofArchive.MAIN_DOCUMENT).orElseThrow()); // SHA-512 fingerprint check
      }
      // end-snippet
      assertThat(folder.format()).isEqualTo(ProofFormat.ZIP);
    }
  }

  @Test
  void proofOnly() {
    try (ParapheurClient client = client()) {
      // snippet:proof-only
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ProofResult proof = client.documents().proof(250, ProofOptions.builder()
          .onlyProof(true)              // a PDF for an eIDAS signature, XML otherwise
          .mode(ProofMode.BASE64)       // decoded as it arrives; STREAM is the default
          .build(), out);
      println(proof.format() + " (server said " + proof.declaredFormat().orElse("?") + "), "
          + proof.bytes() + " bytes, sha512 " + proof.sha512().hex());
      // end-snippet
      assertThat(proof.format()).isEqualTo(ProofFormat.PDF);
      assertThat(printed.get(0)).startsWith("PDF (server said pdf)");
    }
  }

  @Test
  void errors() {
    try (ParapheurClient client = client()) {
      long documentId = 253;
      Path target = dir.resolve("proof.zip");
      // snippet:errors
      try {
        client.documents().proof(documentId, target);
      } catch (ConflictException e) {          // 403 "The document is still being processed"
        println("not signed yet, retry later: " + e.isRetryable());
      } catch (PermissionDeniedException e) {  // 403 "Document out of perimeter"
        println("not yours: " + e.vendorMessage().orElse(""));
      } catch (NotFoundException e) {          // 400 "Document does not exist"
        println("no such document");
      } catch (GedkitException e) {            // anything else: status, vendor message, retryable
        println(e.getMessage());
      }
      // end-snippet
      assertThat(printed).containsExactly("not signed yet, retry later: true");
    }
  }

  /** Every snippet here appears, as written, in docs/parapheur.md, and the guide shows no other. */
  @Test
  void guideShowsTheseSnippets() throws Exception {
    String root = System.getProperty("gedkit.root");
    assumeTrue(root != null, "gedkit.root is not set");
    Path self = Path.of(root, "sdk-parapheur/src/test/java/org/gedkit/parapheur/ParapheurDocSnippetsTest.java");
    Path guide = Path.of(root, "docs/parapheur.md");
    assumeTrue(Files.exists(self) && Files.exists(guide), "sources not found under " + root);
    Map<String, String> snippets = snippets(Files.readString(self));
    assertThat(snippets).hasSize(6);
    String md = Files.readString(guide);
    for (Map.Entry<String, String> s : snippets.entrySet()) {
      assertThat(md).as("docs/parapheur.md shows snippet %s", s.getKey())
          .contains("<!-- snippet:" + s.getKey() + " -->\n```java\n" + s.getValue() + "```\n");
    }
    Matcher m = Pattern.compile("<!-- snippet:([\\w-]+) -->").matcher(md);
    while (m.find()) {
      assertThat(snippets).as("snippet %s of the guide is run by this test", m.group(1)).containsKey(m.group(1));
    }
  }

  static Map<String, String> snippets(String source) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^( *)// snippet:([\\w-]+)\\n(.*?)^ *// end-snippet", Pattern.DOTALL)
        .matcher(source);
    while (m.find()) {
      int indent = m.group(1).length();
      StringBuilder sb = new StringBuilder();
      for (String line : m.group(3).split("\n", -1)) {
        if (line.isEmpty()) {
          continue;
        }
        sb.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
      }
      out.put(m.group(2), sb.toString());
    }
    return out;
  }
}
