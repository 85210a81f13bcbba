package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.model.AccessToken;
import org.gedkit.netexplorer.model.Folder;
import org.junit.jupiter.api.Test;

/** Real replies in ../shared/fixtures/netexplorer (read in place, never copied) parse unchanged. */
class FixturesTest {

  static Path dir() {
    String root = System.getProperty("gedkit.fixtures");
    assumeTrue(root != null && !root.isBlank(), "gedkit.fixtures is not set (run through Maven surefire)");
    Path d = Path.of(root, "netexplorer");
    assumeTrue(Files.isDirectory(d), "no fixtures folder at " + d);
    return d;
  }

  @Test
  void everyFixture_parsesAsJson() throws Exception {
    Path d = dir();
    try (Stream<Path> files = Files.list(d)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".json")).toList();
      assertThat(all).isNotEmpty();
      for (Path p : all) {
        assertThat(NetExplorerJson.mapper().readTree(p.toFile())).as(p.toString()).isNotNull();
      }
    }
  }

  @Test
  void authReply_holdsToken() throws Exception {
    Path p = dir().resolve("toucan-mock-auth.json");
    assumeTrue(Files.exists(p), "missing " + p);
    assertThat(NetExplorerJson.mapper().readValue(p.toFile(), AccessToken.class).token()).isEqualTo("123");
  }

  @Test
  void foldersDepthMinusOne_isTreeOfRoots() throws Exception {
    Path p = dir().resolve("toucan-mock-folders-depth-minus1.json");
    assumeTrue(Files.exists(p), "missing " + p);
    List<Folder> roots = NetExplorerJson.mapper().readValue(p.toFile(), new TypeReference<List<Folder>>() { });
    assertThat(roots).extracting(Folder::name).containsExactly("foo", "bar");
    Folder bax = roots.get(1).content().get().folders().get(0);
    assertThat(bax.name()).isEqualTo("bax");
    assertThat(bax.content().get().files()).extracting(f -> f.name()).containsExactly("titi.csv", "toto.xlsx");
  }
}
