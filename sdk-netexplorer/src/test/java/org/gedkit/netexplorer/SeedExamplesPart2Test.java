package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.gedkit.netexplorer.model.Alert;
import org.gedkit.netexplorer.model.Annotation;
import org.gedkit.netexplorer.model.ConfigValues;
import org.gedkit.netexplorer.model.ConnectionOptions;
import org.gedkit.netexplorer.model.Delegate;
import org.gedkit.netexplorer.model.Email;
import org.gedkit.netexplorer.model.Group;
import org.gedkit.netexplorer.model.InvitableUser;
import org.gedkit.netexplorer.model.Invitation;
import org.gedkit.netexplorer.model.Lock;
import org.gedkit.netexplorer.model.LogEntry;
import org.gedkit.netexplorer.model.PlatformConfig;
import org.gedkit.netexplorer.model.PlatformUsage;
import org.gedkit.netexplorer.model.PublicConfig;
import org.gedkit.netexplorer.model.Right;
import org.gedkit.netexplorer.model.Share;
import org.gedkit.netexplorer.model.ShareContentItem;
import org.gedkit.netexplorer.model.ShareEmail;
import org.gedkit.netexplorer.model.ShareEmailSummary;
import org.gedkit.netexplorer.model.Sharelink;
import org.gedkit.netexplorer.model.TemplateFolder;
import org.gedkit.netexplorer.model.Ulink;
import org.gedkit.netexplorer.model.User;
import org.gedkit.netexplorer.model.UserQuota;
import org.gedkit.netexplorer.model.WorkflowInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example the seed prints for the part-2 objects and routes parses into its model
 * (seed-examples-part2.tsv, copied verbatim from the seed document).
 */
class SeedExamplesPart2Test {

  static final ObjectMapper M = NetExplorerJson.mapper();

  static Stream<Arguments> examples() throws Exception {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        SeedExamplesPart2Test.class.getResourceAsStream("seed-examples-part2.tsv")), StandardCharsets.UTF_8))) {
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

  static Class<?> model(String name) {
    return switch (name) {
      case "Annotation" -> Annotation.class;
      case "Right" -> Right.class;
      case "Alert" -> Alert.class;
      case "Invitation" -> Invitation.class;
      case "InvitableUser" -> InvitableUser.class;
      case "ConnectionOptions" -> ConnectionOptions.class;
      case "Delegate" -> Delegate.class;
      case "Email" -> Email.class;
      case "Group" -> Group.class;
      case "Lock" -> Lock.class;
      case "User" -> User.class;
      case "Share" -> Share.class;
      case "ShareContentItem" -> ShareContentItem.class;
      case "Sharelink" -> Sharelink.class;
      case "ShareEmail" -> ShareEmail.class;
      case "ShareEmailSummary" -> ShareEmailSummary.class;
      case "Ulink" -> Ulink.class;
      case "WorkflowInstance" -> WorkflowInstance.class;
      case "LogEntry" -> LogEntry.class;
      case "TemplateFolder" -> TemplateFolder.class;
      case "UserQuota" -> UserQuota.class;
      case "PlatformConfig" -> PlatformConfig.class;
      case "PublicConfig" -> PublicConfig.class;
      case "ConfigValues" -> ConfigValues.class;
      case "PlatformUsage" -> PlatformUsage.class;
      default -> throw new AssertionError("no model named " + name);
    };
  }

  @ParameterizedTest(name = "seed line {0}: {1}")
  @MethodSource("examples")
  void example_parses(int line, String type, String json) throws Exception {
    JsonNode tree = M.readTree(clean(json));
    if (type.startsWith("page:")) {
      Class<?> item = model(type.substring(5));
      assertThat(tree.path("nb_total_objects").asLong()).isPositive();
      assertThat(tree.has("nb_objets") || tree.has("nb_objects")).isTrue();
      assertThat(tree.get("objects").size()).isPositive();
      for (JsonNode e : tree.get("objects")) {
        assertThat(M.treeToValue(e, item)).isNotNull();
      }
    } else if (type.startsWith("list:")) {
      Class<?> item = model(type.substring(5));
      assertThat(tree.isArray()).isTrue();
      for (JsonNode e : tree) {
        assertThat(M.treeToValue(e, item)).isNotNull();
      }
    } else {
      assertThat(M.treeToValue(tree, model(type))).isNotNull();
    }
  }

  @Test
  void examples_keepTheirValues() throws Exception {
    Sharelink sl = M.readValue(clean(line(279)), Sharelink.class);
    assertThat(sl.passwordProtected()).contains("5e3db300c59409695d5e3943e5f2532486e7b8dd");
    assertThat(sl.stats().get().downloads().get(0).geo().get().city()).contains("Lyon");
    assertThat(sl.stats().get().downloads().get(0).date().get().getYear()).isEqualTo(2016);
    assertThat(sl.notifyOwner()).contains(true);
    Share sh = M.readValue(clean(line(238)), Share.class);
    assertThat(sh.creationDate().get().getMonthValue()).isEqualTo(2);
    assertThat(sh.roots()).hasSize(2);
    assertThat(sh.flags()).contains(4);
    ShareEmailSummary ses = M.readValue(clean(line(299)), ShareEmailSummary.class);
    assertThat(ses.sendingDate().get().getYear()).isEqualTo(2021);
    assertThat(ses.recipients().get(0).dlink().get(0).id()).isEqualTo(14);
    ConnectionOptions co = M.readValue(clean(line(200)), ConnectionOptions.class);
    assertThat(co.ips()).isEmpty();
    assertThat(co.hourStart()).contains("07:00:00");
    assertThat(co.days()).contains(62);
    Right right = M.readValue(clean(line(119)), Right.class);
    assertThat(right.target()).isEmpty();
    assertThat(right.browse()).isTrue();
    assertThat(right.write()).isFalse();
    WorkflowInstance wf = M.readValue(clean(line(334)), WorkflowInstance.class);
    assertThat(wf.creation().get().getYear()).isEqualTo(2024);
    assertThat(wf.flux().get().name()).contains("FLOW_NAME_DOCSIGNATURE");
    assertThat(wf.transitionsAvailable()).isPresent();
    PlatformUsage u = M.readValue(clean(line(891)), PlatformUsage.class);
    assertThat(u.expire()).contains(1515166838L);
    assertThat(u.storage().get().main().get().quota()).contains(100000000000L);
    assertThat(u.storage().get().privateSpaces().get().users().get(0).login()).contains("jereom.acantil");
    assertThat(u.slots().get().recents().get(2).date()).contains(1514761200L);
    assertThat(u.visits().get(0).lastSeen()).contains(1732165223L);
    assertThat(u.docSigning().get().sign()).contains(0);
    LogEntry log = M.readValue(clean(line(349)), LogEntry.class);
    assertThat(log.status()).contains("ADMLLOG_OK");
    assertThat(log.objectId()).contains("11007");
    Invitation inv = M.readValue(clean(line(178)), Invitation.class);
    assertThat(inv.toString()).doesNotContain("3Rjy060qP5rrJx4qRz5KdcTS");
    assertThat(inv.key()).contains("3Rjy060qP5rrJx4qRz5KdcTS");
  }

  static String line(int n) throws Exception {
    return examples().map(a -> a.get()).filter(a -> (int) a[0] == n).map(a -> (String) a[2]).findFirst().orElseThrow();
  }

  /**
   * Undoes what the seed's HTML-to-text extraction did to its examples, and nothing else: {@code // comment} runs
   * (their line ends were lost, so they run up to the next {@code " { } [ ]}) and {@code ...} ellipses standing for
   * omitted members are removed outside strings. Trailing commas and {@code [ ]} placeholders stay: the mapper takes them.
   */
  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inString = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < s.length()) {
          out.append(s.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        while (i + 1 < s.length() && "\"{}[]".indexOf(s.charAt(i + 1)) < 0) {
          i++;
        }
      } else if (c == '.' && s.startsWith("...", i)) {
        i += 2;
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == ' ') {
          j++;
        }
        if (j < s.length() && s.charAt(j) == ',') {
          i = j;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
