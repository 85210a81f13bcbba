package org.gedkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gedkit.core.Gedkit;
import org.gedkit.core.store.Container;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.testkit.MutableClock;
import org.gedkit.testkit.ezged.EzGedEmulator;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyTreeExampleTest {

  @TempDir
  Path work;

  @Test
  void copiesEveryFileOfTheTree_withMatchingBytes_andShowsProgress() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (EzGedEmulator ezged = new EzGedEmulator(MutableClock.startingNow(), 3).start();
        NetExplorerEmulator nx = new NetExplorerEmulator().start();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      Map<String, byte[]> seeded = CopyTreeExample.seedSource(ezged);
      CopyTreeExample.CopyReport report = CopyTreeExample.copyOnEmulators(ezged, nx, work, new Console(out));

      assertThat(report.folders()).isEqualTo(4); // Courriers + 3 records
      assertThat(report.files()).extracting(CopyTreeExample.CopiedFile::path)
          .containsExactlyInAnyOrderElementsOf(seeded.keySet());
      for (CopyTreeExample.CopiedFile f : report.files()) {
        byte[] expected = seeded.get(f.path());
        byte[] arrived = nx.content(Long.parseLong(f.targetId())).orElseThrow();
        assertThat(arrived).as(f.path()).isEqualTo(expected);
        assertThat(f.sourceChecksum()).isEqualTo(Checksum.compute(ChecksumAlgorithm.SHA1, expected));
        assertThat(f.targetChecksum()).isEqualTo(Checksum.compute(ChecksumAlgorithm.MD5, expected));
      }
      // the tree is rebuilt: Documents/Courriers/courriers-N/name
      try (DocumentStore target = Gedkit.connect("netexplorer+" + nx.baseUrl(),
          Map.of("user", "smithj", "password", "secret"))) {
        Container top = target.containers("1").toList().stream().filter(c -> c.name().equals("Courriers"))
            .findFirst().orElseThrow();
        List<Container> records = target.containers(top.id()).toList();
        assertThat(records).extracting(Container::name).containsExactlyInAnyOrder("courriers-1", "courriers-2",
            "courriers-3");
        for (Container r : records) {
          assertThat(target.list(r.id()).toList()).extracting(d -> r.name() + "/" + d.name())
              .allSatisfy(p -> assertThat(seeded).containsKey(p));
        }
      }
      // the 2 MiB file went in chunks (threshold 1 MiB)
      assertThat(nx.receivedChunks()).isNotEmpty();
      assertThat(report.bytes()).isEqualTo(seeded.values().stream().mapToLong(b -> b.length).sum());
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("[####################] 100%").contains("SHA1 VERIFIED, MD5 VERIFIED");
    assertThat(work).isEmptyDirectory();
  }

  @Test
  void run_printsASummary() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      new CopyTreeExample().run(new Console(out), BackendConfig.read("ezged", new String[0], Map.of()));
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("ezged-to-netexplorer: 4 folders, 10 files").contains("every file verified twice");
    assertThat(List.of(new CopyTreeExample().backend())).containsExactly("ezged-to-netexplorer");
  }
}
