package org.gedkit.testkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.gedkit.core.json.GedkitJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator speaks the wire of the EzGED document, checked with plain HTTP (the testkit knows no adapter). */
class EzGedEmulatorTest {

  final OkHttpClient http = new OkHttpClient();
  EzGedEmulator emu;

  @BeforeEach
  void start() {
    emu = new EzGedEmulator(org.gedkit.testkit.MutableClock.startingNow(), 250).start();
  }

  @AfterEach
  void stop() {
    emu.close();
  }

  JsonNode call(Request r) throws IOException {
    try (Response resp = http.newCall(r).execute()) {
      assertThat(resp.code()).isEqualTo(200);
      return GedkitJson.mapper().readTree(resp.body().string());
    }
  }

  HttpUrl.Builder service(String s) {
    return HttpUrl.get(emu.baseUrl() + "/data/service.php").newBuilder().addQueryParameter("service", s);
  }

  String login() throws IOException {
    JsonNode n = call(new Request.Builder().url(service("sec/authenticate").build())
        .post(new FormBody.Builder().add("login", "admin").add("pwd", EzGedEmulator.md5("admin")).build()).build());
    assertThat(n.path("errorcode").asInt()).isZero();
    return n.path("rows").path("sessionid").asText();
  }

  @Test
  void loginChecksTheMd5Password() throws IOException {
    JsonNode bad = call(new Request.Builder().url(service("sec/authenticate").build())
        .post(new FormBody.Builder().add("login", "admin").add("pwd", "admin").build()).build());
    assertThat(bad.path("errorcode").asInt()).isEqualTo(1);
    assertThat(login()).matches("\\d{9}");
    assertThat(emu.logins()).isEqualTo(1);
  }

  @Test
  void sessionsExpireAfter60sIdleOnTheClock() throws IOException {
    String s = login();
    emu.clock().advance(Duration.ofSeconds(59));
    assertThat(call(new Request.Builder().url(service("query/gettreearchive").addQueryParameter("sessionid", s)
        .build()).build()).path("errorcode").asInt()).isZero();
    emu.clock().advance(Duration.ofSeconds(61));
    JsonNode gone = call(new Request.Builder().url(service("query/gettreearchive").addQueryParameter("sessionid", s)
        .build()).build());
    assertThat(gone.path("errorcode").asInt()).isEqualTo(401);
    assertThat(gone.path("count").isBoolean()).isTrue();
    assertThat(emu.expiredReplies()).isEqualTo(1);
  }

  @Test
  void getexecPagesAndCountsAsStrings() throws IOException {
    String s = login();
    JsonNode page = call(new Request.Builder().url(service("query/getexec").addQueryParameter("sessionid", s)
        .addQueryParameter("qryid", "2").addQueryParameter("limitstart", "240").addQueryParameter("limitgridlines", "20")
        .build()).build());
    assertThat(page.path("rows")).hasSize(10);
    assertThat(page.path("count").asInt()).isEqualTo(250);
    assertThat(page.path("rows").get(0).path("COURRIERS_ID").isTextual()).isTrue();
    assertThat(page.path("rows").get(0).path("COURRIERS_ID").asText()).isEqualTo("241");
  }

  @Test
  void uploadsAreSpooledWholeAndCountedOnce() throws IOException {
    String s = login();
    long before = emu.writes();
    byte[] content = "spooled bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    okhttp3.MultipartBody body = new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM)
        .addFormDataPart("token", EzGedEmulator.DEFAULT_TOKEN)
        .addFormDataPart("file", "a.txt", okhttp3.RequestBody.create(content, null)).build();
    JsonNode n = call(new Request.Builder().url(HttpUrl.get(emu.baseUrl() + "/data/pupload.php").newBuilder()
        .addQueryParameter("sessionid", s).build()).post(body).build());
    assertThat(n.path("success").asBoolean()).isTrue();
    assertThat(emu.writes() - before).isEqualTo(1);
    java.util.Map<String, byte[]> spooled = emu.spooled();
    assertThat(spooled).containsOnlyKeys(n.path("filePath").asText());
    assertThat(spooled.get(n.path("filePath").asText())).isEqualTo(content);
    spooled.get(n.path("filePath").asText())[0] = 'X';
    assertThat(emu.spooled().get(n.path("filePath").asText())).as("a copy").isEqualTo(content);
  }

  @Test
  void showdocsServesRealSha1FilesWithRange() throws IOException {
    String s = login();
    long id = emu.fileIds("courriers", EzGedEmulator.RECORD_WITH_FILE).get(0);
    String ripe = emu.ripe(id).orElseThrow();
    HttpUrl url = HttpUrl.get(emu.baseUrl() + "/data/showdocs.php").newBuilder()
        .addQueryParameter("fsfileid", Long.toString(id)).addQueryParameter("fsfileripe", ripe)
        .addQueryParameter("sessionid", s).build();
    byte[] all;
    try (Response r = http.newCall(new Request.Builder().url(url).build()).execute()) {
      all = r.body().bytes();
    }
    assertThat(EzGedEmulator.sha1(all)).isEqualTo(ripe);
    try (Response r = http.newCall(new Request.Builder().url(url).header("Range", "bytes=10-").build()).execute()) {
      assertThat(r.code()).isEqualTo(206);
      assertThat(r.header("Content-Range")).isEqualTo("bytes 10-" + (all.length - 1) + "/" + all.length);
      assertThat(r.body().bytes()).hasSize(all.length - 10);
    }
  }
}
