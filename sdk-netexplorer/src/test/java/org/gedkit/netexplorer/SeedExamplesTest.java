package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.model.AccessToken;
import org.gedkit.netexplorer.model.DocumentInfo;
import org.gedkit.netexplorer.model.Environment;
import org.gedkit.netexplorer.model.FileInfo;
import org.gedkit.netexplorer.model.FileMeta;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.netexplorer.model.FolderContent;
import org.gedkit.netexplorer.model.Geolocation;
import org.gedkit.netexplorer.model.Group;
import org.gedkit.netexplorer.model.Lock;
import org.gedkit.netexplorer.model.Quotas;
import org.gedkit.netexplorer.model.SearchResult;
import org.gedkit.netexplorer.model.TimelineEvent;
import org.gedkit.netexplorer.model.TrashItem;
import org.gedkit.netexplorer.model.TrashListing;
import org.gedkit.netexplorer.model.UploadReport;
import org.gedkit.netexplorer.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JSON example of the part-1 seed sections parses into its model (seed-examples.tsv, copied verbatim). */
class SeedExamplesTest {

  static final ObjectMapper M = NetExplorerJson.mapper();

  static Stream<Arguments> examples() throws Exception {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        SeedExamplesTest.class.getResourceAsStream("seed-examples.tsv")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] p = line.split("\t", 3);
        out.add(Arguments.of(Integer.parseInt(p[0]), p[1], p[2]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "seed line {0}: {1}")
  @MethodSource("examples")
  void example_parses(int line, String type, String json) throws Exception {
    String clean = SeedJson.clean(json);
    Object parsed = switch (type) {
      case "Folder", "FileOrFolder" -> M.readValue(clean, Folder.class);
      case "FolderContent" -> M.readValue(clean, FolderContent.class);
      case "FileInfo" -> M.readValue(clean, FileInfo.class);
      case "FileMeta" -> M.readValue(clean, FileMeta.class);
      case "TrashItem" -> M.readValue(clean, TrashItem.class);
      case "TrashListing" -> M.readValue(clean, TrashListing.class);
      case "Lock" -> M.readValue(clean, Lock.class);
      case "User" -> M.readValue(clean, User.class);
      case "Group" -> M.readValue(clean, Group.class);
      case "Environment" -> M.readValue(clean, Environment.class);
      case "Geolocation" -> M.readValue(clean, Geolocation.class);
      case "AccessToken" -> M.readValue(clean, AccessToken.class);
      case "SearchResult" -> M.readValue(clean, SearchResult.class);
      case "DocumentInfo" -> M.readValue(clean, DocumentInfo.class);
      case "TimelineEvent" -> M.readValue(clean, TimelineEvent.class);
      case "Quotas" -> M.readValue(clean, Quotas.class);
      case "list:FileInfo" -> M.readValue(clean, new TypeReference<List<FileInfo>>() { });
      case "list:UploadReport" -> M.readValue(clean, new TypeReference<List<UploadReport>>() { });
      case "page:FileInfo" -> M.readTree(clean).get("objects").size() > 0
          ? M.convertValue(M.readTree(clean).get("objects"), new TypeReference<List<FileInfo>>() { }) : null;
      case "objectpath" -> M.convertValue(M.readTree(clean).get("object"), FileInfo.class);
      case "path", "request" -> M.readTree(clean);
      default -> throw new AssertionError("unknown type " + type);
    };
    assertThat(parsed).as("seed line %d", line).isNotNull();
    if (parsed instanceof JsonNode n) {
      assertThat(n.size()).as("seed line %d has members", line).isPositive();
    }
  }

  @Test
  void folderExample_keepsItsValues() throws Exception {
    Folder f = M.readValue(SeedJson.clean(example(45)), Folder.class);
    assertThat(f.name()).isEqualTo("Documents");
    assertThat(f.parentId()).contains(0L);
    assertThat(f.content().get().files()).hasSize(1);
    assertThat(f.owner()).contains("Jean DUPOND");
    assertThat(f.ownerId()).isEmpty();
    assertThat(f.nbUnreadAnnotations()).contains(1);
    assertThat(f.size()).contains(1128963L);
    assertThat(f.path()).contains("/");
  }

  @Test
  void fileExample_keepsItsValues() throws Exception {
    FileInfo f = M.readValue(SeedJson.clean(example(71)), FileInfo.class);
    assertThat(f.id()).isEqualTo(458);
    assertThat(f.hash()).contains("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(f.ownerId()).contains("4");
    assertThat(f.meta().get().title()).contains("Rapport ventes 2013");
    assertThat(f.thumbToken()).contains("2uYPfBWitiof...");
    assertThat(f.nbVersions()).contains(7);
  }

  @Test
  void otherExamples_keepTheirValues() throws Exception {
    assertThat(M.readValue(SeedJson.clean(example(84)), TrashItem.class).deletion().get().getOffset().getTotalSeconds())
        .isEqualTo(7200);
    User u = M.readValue(SeedJson.clean(example(166)), User.class);
    assertThat(u.roots()).containsExactly(14L, 18L, 24L);
    assertThat(u.email()).isEmpty();
    assertThat(u.pluginOutlook()).contains(128L);
    TimelineEvent e = M.readValue(SeedJson.clean(example(582)), TimelineEvent.class);
    assertThat(e.subtype()).contains(3);
    assertThat(e.extended().get(0).ownerId()).contains("774");
    assertThat(M.readValue(SeedJson.clean(example(564)), DocumentInfo.class).length()).contains(2);
    assertThat(M.readValue(SeedJson.clean(example(614)), new TypeReference<List<UploadReport>>() { }).get(0).missing())
        .isEqualTo(14);
    assertThat(M.readValue(SeedJson.clean(example(650)), Folder.class).parentId()).contains(29628L);
    List<FileInfo> timeline = M.readValue(SeedJson.clean(example(584)), new TypeReference<List<FileInfo>>() { });
    assertThat(timeline.get(0).totalDownloads()).contains(4);
    assertThat(timeline.get(0).events().get(0).geo().get().city()).contains("Toulouse");
    assertThat(M.readValue(SeedJson.clean(example(957)), Quotas.class).folder().get().folder()).contains(142L);
  }

  @Test
  void cleaner_onlyRemovesCommentsAndEllipses() {
    assertThat(SeedJson.clean("{ \"a\": \"x // y...\", // note \"b\": [ ... ], ... }"))
        .isEqualTo("{ \"a\": \"x // y...\", \"b\": [  ],  }");
  }

  static String example(int line) throws Exception {
    return examples().filter(a -> (int) a.get()[0] == line).map(a -> (String) a.get()[2]).findFirst().orElseThrow();
  }
}
