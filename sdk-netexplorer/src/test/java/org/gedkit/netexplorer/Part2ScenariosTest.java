package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.model.Right;
import org.gedkit.netexplorer.model.Sharelink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The part-2 scenarios, run against a tiny stateful fake of the few routes involved (a MockWebServer
 * dispatcher in this test; the testkit emulator does not serve part-2 routes yet): share a file by link and
 * download it through the link token; lock a file, fail to update it as another user ({@code AsId}), unlock;
 * grant and revoke a right and see the listing change.
 */
class Part2ScenariosTest extends Part2MockServerTest {

  /** State of the fake, guarded by its own monitor. */
  static final class Fake extends Dispatcher {
    String lockOwner;
    String fileName = "bilan.docx";
    final Map<Long, String> rights = new LinkedHashMap<>();
    long nextRight = 100;
    final Map<String, String> linkPasswords = new LinkedHashMap<>();
    final List<String> issuedTokens = new ArrayList<>();

    @Override
    public synchronized MockResponse dispatch(RecordedRequest r) {
      String caller = r.getHeaders().get("AsId") == null ? "1" : r.getHeaders().get("AsId");
      String path = r.getUrl().encodedPath();
      String m = r.getMethod();
      JsonNode body = body(r);
      if (m.equals("PUT") && path.equals("/api/lock/77")) {
        if (lockOwner != null && !lockOwner.equals(caller)) {
          return json(423, "{\"error\":\"Fichier verrouillé\"}");
        }
        lockOwner = caller;
        return json(200, lock());
      }
      if (m.equals("GET") && path.equals("/api/lock/77")) {
        return json(200, lock());
      }
      if (m.equals("DELETE") && path.equals("/api/lock/77")) {
        if (lockOwner != null && !lockOwner.equals(caller)) {
          return json(423, "{\"error\":\"Fichier verrouillé par un autre utilisateur\"}");
        }
        lockOwner = null;
        return json(200, "OK");
      }
      if (m.equals("PUT") && path.equals("/api/file/77")) {
        if (lockOwner != null && !lockOwner.equals(caller)) {
          return json(423, "{\"error\":\"Fichier verrouillé\"}");
        }
        fileName = body.path("name").asText(fileName);
        return json(200, "{\"id\":77,\"name\":\"" + fileName + "\",\"parent_id\":3}");
      }
      if (m.equals("POST") && path.equals("/api/right")) {
        long id = nextRight++;
        rights.put(id, body.path("target_id").asText());
        return json(200, right(id));
      }
      if (m.equals("GET") && path.equals("/api/rights/3")) {
        List<String> items = new ArrayList<>();
        rights.keySet().forEach(id -> items.add(right(id)));
        return json(200, "[" + String.join(",", items) + "]");
      }
      if (m.equals("DELETE") && path.startsWith("/api/right/")) {
        return rights.remove(Long.parseLong(path.substring("/api/right/".length()))) == null
            ? json(404, "{\"error\":\"Droit introuvable\"}") : json(200, "OK");
      }
      if (m.equals("POST") && path.equals("/api/sharelink")) {
        String key = "K" + (linkPasswords.size() + 1);
        linkPasswords.put(key, body.path("password").asText(""));
        return json(200, "{\"id\":" + linkPasswords.size() + ",\"key\":\"" + key + "\",\"file_id\":77,\"is_valid\":true,"
            + "\"password_protected\":\"h\"}");
      }
      if (m.equals("POST") && path.startsWith("/api/token/sharelink/") && path.endsWith("/download")) {
        String key = path.split("/")[4];
        if (!body.path("password").asText("").equals(linkPasswords.get(key))) {
          return json(403, "{\"error\":\"Mot de passe incorrect\"}");
        }
        String token = "T-" + key + "-" + issuedTokens.size();
        issuedTokens.add(token);
        return json(200, "{\"token\":\"" + token + "\"}");
      }
      if (m.equals("GET") && path.startsWith("/api/sharelink/download/")) {
        String token = r.getUrl().queryParameter("token");
        if (token == null || !issuedTokens.contains(token)) {
          return json(403, "{\"error\":\"Accès refusé\"}");
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf")
            .setHeader("Content-Disposition", "attachment; filename=bilan.pdf").body("CONTENT").build();
      }
      return json(404, "{\"error\":\"not in this fake: " + m + " " + path + "\"}");
    }

    private String lock() {
      return lockOwner == null ? "{\"locked\":false,\"writeable\":true,\"readable\":true}"
          : "{\"file\":\"g-77\",\"owner_id\":\"" + lockOwner + "\",\"locked\":true,\"writeable\":true,\"readable\":true}";
    }

    private String right(long id) {
      return "{\"id\":" + id + ",\"folder_id\":3,\"target_id\":\"" + rights.get(id) + "\",\"browse\":true,\"read\":true}";
    }

    private static JsonNode body(RecordedRequest r) {
      try {
        String s = r.getBody() == null ? "" : r.getBody().utf8();
        return s.isEmpty() ? NetExplorerJson.mapper().createObjectNode() : NetExplorerJson.mapper().readTree(s);
      } catch (java.io.IOException e) {
        return NetExplorerJson.mapper().createObjectNode();
      }
    }

    private static MockResponse json(int code, String body) {
      return new MockResponse.Builder().code(code)
          .setHeader("Content-Type", body.startsWith("{") || body.startsWith("[") ? "application/json" : "text/plain")
          .body(body).build();
    }
  }

  Fake fake;

  @BeforeEach
  void useFake() {
    fake = new Fake();
    server.setDispatcher(fake);
  }

  @Test
  void shareByLink_thenDownloadThroughTheLinkToken() {
    Sharelink link = nx.sharelinks().create(77, SharelinkChanges.builder().password("pw").maxDownloads(3).build());
    String key = link.key().orElseThrow();
    assertThat(link.passwordProtected()).isPresent();

    assertThatThrownBy(() -> nx.tokens().sharelinkDownload(key, Map.of("password", "wrong")))
        .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("Mot de passe incorrect");
    assertThatThrownBy(() -> nx.sharelinks().download(key, null, DownloadTarget.toStream(new ByteArrayOutputStream())))
        .isInstanceOf(PermissionDeniedException.class);

    String token = nx.tokens().sharelinkDownload(key, Map.of("password", "pw")).token();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(nx.sharelinks().download(key, token, DownloadTarget.toStream(out)).bytes()).isEqualTo(7);
    assertThat(out.toString()).isEqualTo("CONTENT");
  }

  @Test
  void lockedFile_refusesAnotherUsersUpdate_untilUnlocked() {
    NetExplorerClient other = nx.as("42");
    assertThat(nx.locks().lock(77).ownerId()).contains("1");

    assertThatThrownBy(() -> other.files().rename(77, "pirate.docx"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("verrouillé")
        .satisfies(e -> assertThat(((ConflictException) e).status()).hasValue(423));
    assertThatThrownBy(() -> other.locks().unlock(77)).isInstanceOf(ConflictException.class);
    assertThat(fake.fileName).isEqualTo("bilan.docx");

    nx.locks().unlock(77);
    assertThat(nx.locks().get(77).locked()).isFalse();
    assertThat(other.files().rename(77, "bilan-v2.docx").name()).isEqualTo("bilan-v2.docx");
  }

  @Test
  void grantThenRevokeRight_changesTheListing() {
    assertThat(nx.rights().list(3)).isEmpty();
    Right granted = nx.rights().create(3, "42", RightFlags.builder().browse(true).read(true).build());
    assertThat(nx.rights().list(3)).extracting(Right::targetId).containsExactly(java.util.Optional.of("42"));
    assertThat(granted.read()).isTrue();
    assertThat(granted.write()).isFalse();

    nx.rights().delete(granted.id());
    assertThat(nx.rights().list(3)).isEmpty();
    assertThatThrownBy(() -> nx.rights().delete(granted.id())).isInstanceOf(org.gedkit.core.error.NotFoundException.class);
  }
}
