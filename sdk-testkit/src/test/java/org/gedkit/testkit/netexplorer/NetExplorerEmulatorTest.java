package org.gedkit.testkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetExplorerEmulatorTest {

  NetExplorerEmulator emu;
  final OkHttpClient http = new OkHttpClient();

  @BeforeEach
  void start() {
    emu = new NetExplorerEmulator().start();
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  String login() throws Exception {
    Request req = new Request.Builder().url(emu.baseUrl() + "/api/auth")
        .post(RequestBody.create("{\"user\":\"smithj\",\"password\":\"secret\"}", MediaType.get("application/json")))
        .build();
    try (Response r = http.newCall(req).execute()) {
      assertThat(r.code()).isEqualTo(200);
      String body = r.body().string();
      return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }
  }

  Response get(String path, String token) throws Exception {
    return http.newCall(new Request.Builder().url(emu.baseUrl() + path).header("Authorization", "Bearer " + token)
        .build()).execute();
  }

  @Test
  void tokens_expireOnTheClock() throws Exception {
    String t = login();
    try (Response r = get("/api/account", t)) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().string()).contains("\"roots\":[1]");
    }
    emu.clock().advance(Duration.ofMinutes(31));
    try (Response r = get("/api/account", t)) {
      assertThat(r.code()).isEqualTo(401);
    }
    assertThat(emu.logins()).isEqualTo(1);
  }

  @Test
  void expireAllTokens_forgetsEveryIssuedToken_laterLoginsWork() throws Exception {
    String first = login();
    String second = login();
    emu.expireAllTokens();
    for (String t : new String[] {first, second}) {
      try (Response r = get("/api/account", t)) {
        assertThat(r.code()).isEqualTo(401);
        assertThat(r.body().string()).contains("Token missing or expired");
      }
    }
    try (Response r = get("/api/account", login())) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(emu.logins()).isEqualTo(3);
  }

  @Test
  void folderId_findsAFolderByParentAndName() {
    assertThat(emu.folderId(0, "Documents")).contains(1L);
    emu.addFolder(40, "Sub", 1, "15");
    assertThat(emu.folderId(1, "Sub")).contains(40L);
    assertThat(emu.folderId(2, "Sub")).isEmpty();
  }

  @Test
  void wrongPassword_is401() throws Exception {
    Request req = new Request.Builder().url(emu.baseUrl() + "/api/auth")
        .post(RequestBody.create("{\"user\":\"smithj\",\"password\":\"nope\"}", MediaType.get("application/json")))
        .build();
    try (Response r = http.newCall(req).execute()) {
      assertThat(r.code()).isEqualTo(401);
      assertThat(r.body().string()).contains("error");
    }
  }

  @Test
  void chunkedUpload_reportsTheFirstMissingChunk_thenCompletes() throws Exception {
    String t = login();
    assertThat(chunk(t, 1, "bb")).isEqualTo("OK");
    assertThat(chunk(t, 2, "c")).isEqualTo("[{\"missing\":0}]");
    assertThat(chunk(t, 0, "aa")).isEqualTo("OK");
    String done = chunk(t, -1, "");
    assertThat(done).contains("\"hash\":\"" + NetExplorerEmulator.md5("aabbc".getBytes()) + "\"");
    assertThat(emu.receivedChunks()).containsExactly(1, 2, 0);
    long id = emu.fileId(1, "x.bin").orElseThrow();
    assertThat(emu.content(id)).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("aabbc"));
  }

  String chunk(String token, int index, String data) throws Exception {
    MultipartBody.Builder mb = new MultipartBody.Builder().setType(MultipartBody.FORM).addFormDataPart("folderId", "1");
    if (index >= 0) {
      mb.addFormDataPart("chunk", Integer.toString(index));
    } else {
      mb.addFormDataPart("report", "1");
    }
    MultipartBody body = mb.addFormDataPart("chunks", "3")
        .addFormDataPart("chunksSize", "2").addFormDataPart("fileSize", "5")
        .addFormDataPart("targetFile", "x.bin", RequestBody.create(data.getBytes(), MediaType.get("application/octet-stream")))
        .build();
    Request req = new Request.Builder().url(emu.baseUrl() + "/api/file/upload").header("Authorization", "Bearer " + token)
        .post(body).build();
    try (Response r = http.newCall(req).execute()) {
      return r.body().string();
    }
  }

  @Test
  void download_honoursRange() throws Exception {
    String t = login();
    long id = emu.addFile(1, "r.txt", "0123456789".getBytes());
    Request req = new Request.Builder().url(emu.baseUrl() + "/api/file/" + id + "/download")
        .header("Authorization", "Bearer " + t).header("Range", "bytes=4-").build();
    try (Response r = http.newCall(req).execute()) {
      assertThat(r.code()).isEqualTo(206);
      assertThat(r.header("Content-Range")).isEqualTo("bytes 4-9/10");
      assertThat(r.body().string()).isEqualTo("456789");
    }
  }

  @Test
  void asId_needsAnAdministrator_andRightsApply() throws Exception {
    String t = login();
    try (Response r = http.newCall(new Request.Builder().url(emu.baseUrl() + "/api/folder/1")
        .header("Authorization", "Bearer " + t).header("AsId", "16").build()).execute()) {
      assertThat(r.code()).isEqualTo(403);
    }
    emu.grantRead(1, "16");
    try (Response r = http.newCall(new Request.Builder().url(emu.baseUrl() + "/api/folder/1")
        .header("Authorization", "Bearer " + t).header("AsId", "16").build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
  }
}
