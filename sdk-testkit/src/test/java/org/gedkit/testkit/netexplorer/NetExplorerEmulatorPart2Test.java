package org.gedkit.testkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The part-2 routes of the emulator over plain HTTP: rights, locks, share links, upload links, annotations. */
class NetExplorerEmulatorPart2Test {

  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType APP_JSON = MediaType.get("application/json");

  NetExplorerEmulator emu;
  final OkHttpClient http = new OkHttpClient();
  String smithj;
  String bob;

  /** One reply: status and body. */
  record Reply(int code, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  @BeforeEach
  void start() throws Exception {
    emu = new NetExplorerEmulator().start();
    smithj = login("smithj");
    bob = login("bob");
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  String login(String user) throws Exception {
    return call("POST", "/api/auth", null, "{\"user\":\"" + user + "\",\"password\":\"secret\"}").json().get("token")
        .asText();
  }

  Reply call(String method, String path, String token, String json) throws Exception {
    RequestBody body = json == null ? (method.equals("GET") || method.equals("DELETE") ? null
        : RequestBody.create(new byte[0], APP_JSON)) : RequestBody.create(json, APP_JSON);
    return send(new Request.Builder().url(emu.baseUrl() + path).method(method, body), token);
  }

  Reply send(Request.Builder b, String token) throws Exception {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try (Response r = http.newCall(b.build()).execute()) {
      return new Reply(r.code(), r.body().string());
    }
  }

  Reply upload(String path, String token, long folderId, String name, String content, String password)
      throws Exception {
    MultipartBody.Builder mb = new MultipartBody.Builder().setType(MultipartBody.FORM);
    if (folderId > 0) {
      mb.addFormDataPart("folderId", Long.toString(folderId));
    }
    if (password != null) {
      mb.addFormDataPart("password", password);
    }
    mb.addFormDataPart("targetFile", name, RequestBody.create(content.getBytes(StandardCharsets.UTF_8),
        MediaType.get("application/octet-stream")));
    return send(new Request.Builder().url(emu.baseUrl() + path).post(mb.build()), token);
  }

  static List<Long> ids(JsonNode array) {
    List<Long> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get("id").asLong()));
    return out;
  }

  @Test
  void rights_grantListRevoke_areEnforcedOnListingsAndWrites() throws Exception {
    emu.addFile(1, "a.txt", "a".getBytes(StandardCharsets.UTF_8));
    assertThat(ids(call("GET", "/api/folders", bob, null).json())).containsExactly(2L);
    assertThat(call("GET", "/api/folder/1", bob, null).code()).isEqualTo(403);
    assertThat(call("POST", "/api/right", bob, "{\"folder_id\":1,\"target_id\":\"16\",\"browse\":true}").code())
        .isEqualTo(403);   // bob may not share smithj's folder

    long before = emu.writes();
    JsonNode right = call("POST", "/api/right", smithj, "{\"folder_id\":1,\"target_id\":\"16\",\"browse\":true}").json();
    assertThat(right.get("browse").asBoolean()).isTrue();
    assertThat(right.get("read").asBoolean()).isFalse();   // omitted flags are false
    assertThat(right.get("target_id").asText()).isEqualTo("16");
    assertThat(emu.writes()).isEqualTo(before + 1);
    long rightId = right.get("id").asLong();
    assertThat(ids(call("GET", "/api/rights/1", smithj, null).json())).containsExactly(rightId);
    assertThat(call("GET", "/api/right/" + rightId, smithj, null).json().get("folder_id").asLong()).isEqualTo(1);

    // browse only: the folder shows, its files do not; no write, no upload
    assertThat(ids(call("GET", "/api/folders", bob, null).json())).containsExactly(2L, 1L);
    JsonNode folder = call("GET", "/api/folder/1?depth=1", bob, null).json();
    assertThat(folder.path("content").path("files")).isEmpty();
    assertThat(folder.get("can_write").asBoolean()).isFalse();
    assertThat(upload("/api/file/upload", bob, 1, "b.txt", "b", null).code()).isEqualTo(403);

    call("PUT", "/api/right/" + rightId, smithj, "{\"read\":true,\"write\":true}");
    assertThat(call("GET", "/api/folder/1?depth=1", bob, null).json().path("content").path("files")).hasSize(1);
    assertThat(upload("/api/file/upload", bob, 1, "b.txt", "b", null).code()).isEqualTo(200);
    assertThat(emu.fileId(1, "b.txt")).isPresent();

    assertThat(call("DELETE", "/api/right/" + rightId, smithj, null).code()).isEqualTo(200);
    assertThat(ids(call("GET", "/api/folders", bob, null).json())).containsExactly(2L);
    assertThat(call("GET", "/api/rights/1", smithj, null).json()).isEmpty();
    assertThat(call("DELETE", "/api/right/" + rightId, smithj, null).code()).isEqualTo(404);
    assertThat(call("POST", "/api/right", smithj, "{\"folder_id\":1,\"target_id\":\"999\"}").code()).isEqualTo(404);
  }

  @Test
  void grant_fromJava_andDeeperRightsOverride() throws Exception {
    emu.addFolder(50, "Secret", 1, "15");
    emu.grant(1, "16", "browse", "read");
    emu.grant(50, "16");   // no flag at all: hides the subfolder
    JsonNode content = call("GET", "/api/folder/1?depth=1", bob, null).json().path("content");
    assertThat(content.path("folders")).isEmpty();
    assertThat(call("GET", "/api/folder/50", bob, null).code()).isEqualTo(403);
    assertThatThrownBy(() -> emu.grant(1, "16", "fly")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fly");
  }

  @Test
  void locks_refuseOtherUsersWrites_with423_untilUnlocked() throws Exception {
    long id = emu.addFile(1, "bilan.docx", "v1".getBytes(StandardCharsets.UTF_8));
    emu.grant(1, "16", "browse", "read", "download", "write", "edit", "delete");
    JsonNode lock = call("PUT", "/api/lock/" + id, smithj, null).json();
    assertThat(lock.get("locked").asBoolean()).isTrue();
    assertThat(lock.get("owner_id").asText()).isEqualTo("15");
    assertThat(emu.lockOwner(id)).contains("15");

    Reply rename = call("PUT", "/api/file/" + id, bob, "{\"name\":\"pirate.docx\"}");
    assertThat(rename.code()).isEqualTo(423);
    assertThat(rename.json().get("error").asText()).contains("verrouillé").contains("smithj");
    assertThat(send(new Request.Builder().url(emu.baseUrl() + "/api/file/" + id + "/upload")
        .put(RequestBody.create(new byte[] {1}, MediaType.get("application/octet-stream"))), bob).code()).isEqualTo(423);
    assertThat(upload("/api/file/upload", bob, 1, "bilan.docx", "v2", null).code()).isEqualTo(423);
    assertThat(call("DELETE", "/api/file/" + id, bob, null).code()).isEqualTo(423);
    assertThat(call("PUT", "/api/lock/" + id, bob, null).code()).isEqualTo(423);
    assertThat(call("DELETE", "/api/lock/" + id, bob, null).code()).isEqualTo(423);
    assertThat(call("GET", "/api/lock/" + id, bob, null).json().get("writeable").asBoolean()).isFalse();
    JsonNode listed = call("GET", "/api/locks/1", smithj, null).json();
    assertThat(listed.get("nb_total_objects").asInt()).isEqualTo(1);
    assertThat(listed.get("objects").get(0).get("file").asText()).isNotBlank();
    assertThat(emu.content(id)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("v1"));
    // the holder may still write
    assertThat(call("PUT", "/api/file/" + id, smithj, "{\"name\":\"bilan-final.docx\"}").code()).isEqualTo(200);

    assertThat(call("DELETE", "/api/lock/" + id, smithj, null).code()).isEqualTo(200);
    assertThat(call("GET", "/api/lock/" + id, bob, null).json().get("locked").asBoolean()).isFalse();
    assertThat(call("PUT", "/api/file/" + id, bob, "{\"name\":\"bilan-v2.docx\"}").code()).isEqualTo(200);
  }

  @Test
  void locking_needsTheEditRight() throws Exception {
    long id = emu.addFile(1, "x.txt", "x".getBytes(StandardCharsets.UTF_8));
    emu.grantRead(1, "16");
    assertThat(call("PUT", "/api/lock/" + id, bob, null).code()).isEqualTo(403);
    assertThat(call("PUT", "/api/file/" + id, bob, "{\"name\":\"y.txt\"}").code()).isEqualTo(403);
    assertThat(emu.lockOwner(id)).isEmpty();
  }

  @Test
  void shareLink_tokenAndDownload_workWithoutASession() throws Exception {
    long id = emu.addFile(1, "bilan.pdf", "0123456789".getBytes(StandardCharsets.UTF_8));
    JsonNode link = call("POST", "/api/sharelink", smithj,
        "{\"file_id\":" + id + ",\"password\":\"pw\",\"max_downloads\":2}").json();
    String key = link.get("key").asText();
    assertThat(link.get("password_protected").asText()).hasSize(40);
    assertThat(link.get("remaining_downloads").asInt()).isEqualTo(2);
    assertThat(link.get("file").asText()).isEqualTo("bilan.pdf");
    assertThat(call("GET", "/api/sharelink/key/" + key, null, null).json().get("id").asLong())
        .isEqualTo(link.get("id").asLong());

    assertThat(call("POST", "/api/token/sharelink/" + key + "/download", null, "{\"password\":\"no\"}").code())
        .isEqualTo(403);
    assertThat(call("GET", "/api/sharelink/download/" + key, null, null).code()).isEqualTo(403);
    assertThat(call("GET", "/api/sharelink/download/" + key + "?token=made-up", null, null).code()).isEqualTo(403);
    String token = call("POST", "/api/token/sharelink/" + key + "/download", null, "{\"password\":\"pw\"}").json()
        .get("token").asText();

    Reply full = call("GET", "/api/sharelink/download/" + key + "?token=" + token, null, null);
    assertThat(full.code()).isEqualTo(200);
    assertThat(full.body()).isEqualTo("0123456789");
    Reply tail = send(new Request.Builder().url(emu.baseUrl() + "/api/sharelink/download/" + key + "?token=" + token)
        .header("Range", "bytes=6-"), null);
    assertThat(tail.code()).isEqualTo(206);
    assertThat(tail.body()).isEqualTo("6789");
    assertThat(emu.sharelinkDownloads(key)).contains(1);   // a resumed range is the same download
    assertThat(call("GET", "/api/sharelink/download/" + key + "?token=" + token, null, null).code()).isEqualTo(200);
    Reply exhausted = call("GET", "/api/sharelink/download/" + key + "?token=" + token, null, null);
    assertThat(exhausted.code()).isEqualTo(403);
    assertThat(exhausted.body()).contains("maximal");
    assertThat(call("GET", "/api/sharelinks", smithj, null).json().get("objects").get(0).get("is_valid").asBoolean())
        .isFalse();

    long linkId = link.get("id").asLong();
    assertThat(call("DELETE", "/api/sharelink/" + linkId, bob, null).code()).isEqualTo(404);   // not bob's
    assertThat(call("DELETE", "/api/sharelink/" + linkId, smithj, null).code()).isEqualTo(200);
    assertThat(call("GET", "/api/sharelink/download/" + key + "?token=" + token, null, null).code()).isEqualTo(404);
    assertThat(call("POST", "/api/token/sharelink/" + key + "/download", null, "{}").code()).isEqualTo(404);
  }

  @Test
  void shareLink_expiresOnTheClock_andKeysAreUnique() throws Exception {
    long id = emu.addFile(1, "a.txt", "a".getBytes(StandardCharsets.UTF_8));
    String exp = emu.clock().instant().plus(Duration.ofHours(1)).toString();
    JsonNode link = call("POST", "/api/sharelink", smithj,
        "{\"file_id\":" + id + ",\"key\":\"mine\",\"expiration_date\":\"" + exp.replace("Z", "+00:00") + "\"}").json();
    assertThat(link.get("key").asText()).isEqualTo("mine");
    assertThat(call("GET", "/api/sharelink/download/mine", null, null).code()).isEqualTo(200);   // no password
    assertThat(call("POST", "/api/sharelink", smithj, "{\"file_id\":" + id + ",\"key\":\"mine\"}").code())
        .isEqualTo(403);
    assertThat(call("POST", "/api/sharelink", bob, "{\"file_id\":" + id + "}").code()).isEqualTo(403);
    emu.clock().advance(Duration.ofHours(2));
    Reply expired = call("GET", "/api/sharelink/download/mine", null, null);
    assertThat(expired.code()).isEqualTo(403);
    assertThat(expired.body()).contains("expiré");
  }

  @Test
  void uploadLinks_createListUploadDelete() throws Exception {
    JsonNode link = call("POST", "/api/ulink", smithj, "{\"folder_id\":1,\"password\":\"pw\"}").json();
    String key = link.get("key").asText();
    long linkId = link.get("id").asLong();
    assertThat(link.get("folder").asText()).isEqualTo("Documents");
    assertThat(link.get("is_valid").asBoolean()).isTrue();
    assertThat(ids(call("GET", "/api/ulinks", smithj, null).json().get("objects"))).containsExactly(linkId);
    assertThat(call("GET", "/api/ulinks", bob, null).json().get("objects")).isEmpty();
    assertThat(call("GET", "/api/ulink/key/" + key, null, null).json().get("id").asLong()).isEqualTo(linkId);
    assertThat(call("POST", "/api/ulink/key/" + key + "/passcheck", null, "{\"password\":\"pw\"}").json()
        .get("valid").asBoolean()).isTrue();

    long before = emu.writes();
    assertThat(upload("/api/ulink/key/" + key + "/upload", null, 0, "depot.txt", "deposited", "wrong").code())
        .isEqualTo(403);
    Reply up = upload("/api/ulink/key/" + key + "/upload", null, 0, "depot.txt", "deposited", "pw");
    assertThat(up.code()).isEqualTo(200);
    assertThat(up.json().get("owner_id").asText()).isEqualTo("15");
    long fileId = emu.fileId(1, "depot.txt").orElseThrow();
    assertThat(emu.content(fileId)).hasValueSatisfying(
        b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("deposited"));
    assertThat(emu.writes()).isEqualTo(before + 1);

    assertThat(call("PUT", "/api/ulink/" + linkId, smithj, "{\"key\":\"renamed\"}").json().get("key").asText())
        .isEqualTo("renamed");
    assertThat(call("DELETE", "/api/ulink/" + linkId, smithj, null).code()).isEqualTo(200);
    assertThat(upload("/api/ulink/key/renamed/upload", null, 0, "late.txt", "x", "pw").code()).isEqualTo(404);
    assertThat(call("GET", "/api/ulink/" + linkId, smithj, null).code()).isEqualTo(404);
    assertThat(call("POST", "/api/ulink", bob, "{\"folder_id\":1}").code()).isEqualTo(404);   // bob cannot see it
  }

  @Test
  void annotations_createListEditDelete() throws Exception {
    long id = emu.addFile(1, "n.txt", "n".getBytes(StandardCharsets.UTF_8));
    JsonNode a = call("POST", "/api/annotation", smithj,
        "{\"target_id\":" + id + ",\"target_type\":\"file\",\"text\":\"Premier\"}").json();
    assertThat(a.get("owner_id").asText()).isEqualTo("15");
    assertThat(a.get("target_id").asLong()).isEqualTo(id);
    call("POST", "/api/annotation", smithj, "{\"target_id\":" + id + ",\"target_type\":\"file\",\"text\":\"Second\"}");
    call("POST", "/api/annotation", smithj, "{\"target_id\":1,\"target_type\":\"folder\",\"text\":\"Dossier\"}");

    JsonNode page = call("GET", "/api/annotations/" + id + "/file?offset=1&limit=1", smithj, null).json();
    assertThat(page.get("nb_total_objects").asInt()).isEqualTo(2);
    assertThat(page.get("objects").get(0).get("text").asText()).isEqualTo("Second");
    assertThat(call("GET", "/api/annotations/all", smithj, null).json().get("nb_total_objects").asInt()).isEqualTo(3);
    assertThat(call("GET", "/api/annotations/all", bob, null).json().get("nb_total_objects").asInt()).isZero();
    assertThat(call("POST", "/api/annotation", bob,
        "{\"target_id\":" + id + ",\"target_type\":\"file\",\"text\":\"x\"}").code()).isEqualTo(403);

    long aid = a.get("id").asLong();
    emu.grantRead(1, "16");
    assertThat(call("PUT", "/api/annotation/" + aid, bob, "{\"text\":\"pirate\"}").code()).isEqualTo(403);
    assertThat(call("PUT", "/api/annotation/" + aid, smithj, "{\"text\":\"Édité\"}").json().get("text").asText())
        .isEqualTo("Édité");
    assertThat(call("DELETE", "/api/annotation/" + aid, smithj, null).code()).isEqualTo(200);
    assertThat(call("GET", "/api/annotation/" + aid, smithj, null).code()).isEqualTo(404);
    assertThat(call("PUT", "/api/annotations/all", smithj, null).code()).isEqualTo(200);
  }

  @Test
  void concurrentWrites_areAllKept() throws Exception {
    long id = emu.addFile(1, "c.txt", "c".getBytes(StandardCharsets.UTF_8));
    long before = emu.writes();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String body = "{\"target_id\":" + id + ",\"target_type\":\"file\",\"text\":\"t" + i + "\"}";
        replies.add(pool.submit(() -> call("POST", "/api/annotation", smithj, body)));
      }
      Set<Long> ids = new HashSet<>();
      for (Future<Reply> f : replies) {
        ids.add(f.get().json().get("id").asLong());
      }
      assertThat(ids).hasSize(20);
    } finally {
      pool.shutdown();
    }
    assertThat(call("GET", "/api/annotations/" + id + "/file?limit=100", smithj, null).json()
        .get("nb_total_objects").asInt()).isEqualTo(20);
    assertThat(emu.writes()).isEqualTo(before + 20);
  }
}
