package org.gedkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.gedkit.core.error.GedkitException;
import org.gedkit.netexplorer.FolderQuery;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.Test;

/** Runs the snippet of docs/index.md against the NetExplorer emulator. */
class IndexDocSnippetsTest {

  @Test
  void inYourProject_listsTheRootFolder_andReportsErrorsThroughOneHierarchy() {
    try (NetExplorerEmulator server = new NetExplorerEmulator().start()) {
      server.addFile(1, "contract.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
      assertThat(run(server.baseUrl(), "smithj", "secret")).contains("contract.pdf  8");
      server.faults().next(1, "GET", ".*/folder/1", Fault.status(403));
      assertThat(run(server.baseUrl(), "smithj", "secret")).startsWith("netexplorer OptionalInt[403]");
    }
  }

  private static String run(String url, String user, String password) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      // snippet:index
      try (NetExplorerClient nx = NetExplorerClient.builder().baseUrl(url).credentials(user, password).build()) {
        Folder root = nx.folders().get(1, FolderQuery.builder().depth(1).build());
        root.content().ifPresent(c -> c.files().forEach(f -> System.out.println(f.name() + "  " + f.size().orElse(0L))));
      } catch (GedkitException e) {   // one hierarchy for every back end
        System.out.println(e.backend() + " " + e.status() + ": " + e.getMessage());
      }
      // end-snippet
    } finally {
      System.setOut(previous);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
