package org.gedkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session handling and the in-body error codes. */
class EzGedSessionTest extends EzGedMockSupport {

  static final String GONE = "{\"errorcode\":401,\"errormsg\":\"Session expired\",\"count\":false,\"rows\":[]}";

  @TempDir
  Path tmp;

  private void enqueueLogin(String sessionId) {
    enqueue("{\"errorcode\":0,\"errormsg\":\"ok\",\"rows\":{\"sessionid\":\"" + sessionId + "\"}}");
  }

  @Test
  void errorcode401_renewsTheSessionOnceAndReplays() throws Exception {
    login();
    enqueue(GONE);
    enqueueLogin("999");
    enqueueSeed("secses-keepalive.json");
    client.session().keepAlive();
    assertThat(take().getBody().utf8()).contains("sessionid=" + SESSION);
    RecordedRequest relogin = take();
    assertThat(query(relogin)).containsEntry("service", "sec/authenticate");
    assertThat(take().getBody().utf8()).contains("sessionid=999");
    assertThat(client.session().loginCount()).isEqualTo(2);
  }

  @Test
  void errorcode401_twiceInARowFailsAfterOneRenewal() throws Exception {
    login();
    enqueue(GONE);
    enqueueLogin("999");
    enqueue(GONE);
    assertThatThrownBy(() -> client.queries().tree()).isInstanceOfSatisfying(AuthenticationException.class, e -> {
      assertThat(e.sessionExpired()).isTrue();
      assertThat(e.vendorCode()).contains("401");
      assertThat(e.vendorMessage()).contains("Session expired");
      assertThat(e.getMessage()).doesNotContain("999");
    });
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(client.session().loginCount()).isEqualTo(2);
  }

  @Test
  void errorcodeMinus18_isATypedSessionLimitErrorAndIsNotReplayed() {
    enqueue("{\"errorcode\":\"-18\",\"errmsg\":\"Nombre maximum de sessions atteint\",\"count\":false}");
    assertThatThrownBy(() -> client.queries().tree()).isInstanceOfSatisfying(EzGedSessionLimitException.class, e -> {
      assertThat(e.sessionExpired()).isFalse();
      assertThat(e.vendorCode()).contains("-18");
      assertThat(e.vendorMessage()).contains("Nombre maximum de sessions atteint");
      assertThat(e.operation()).isEqualTo("sec/authenticate");
    });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void refusedLogin_isAnAuthenticationErrorWithoutRenewal() {
    enqueue("{\"errorcode\":1,\"errormsg\":\"Bad login or password\"}");
    assertThatThrownBy(() -> client.session().login()).isInstanceOfSatisfying(AuthenticationException.class, e -> {
      assertThat(e.sessionExpired()).isFalse();
      assertThat(e.vendorCode()).contains("1");
      assertThat(e.getMessage()).doesNotContain("21232f297a57a5a743894a0e4a801fc3");
    });
  }

  @Test
  void otherErrorcodes_mapToServerOrNotFoundKeepingTheVendorCode() throws Exception {
    login();
    enqueue("{\"errorcode\":-3,\"errmsg\":\"SQL error\",\"rows\":[]}");
    assertThatThrownBy(() -> client.jobs().load(1)).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.vendorCode()).contains("-3"));
    enqueue("{\"errorcode\":0,\"errmsg\":\"ok\",\"rows\":[],\"count\":false}");
    assertThatThrownBy(() -> client.jobs().load(1)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void errmsgAndErrormsgAreBothRead() throws Exception {
    login();
    enqueue("{\"errorcode\":-5,\"errmsg\":\"from errmsg\"}");
    assertThatThrownBy(() -> client.queries().tree()).isInstanceOfSatisfying(GedkitException.class,
        e -> assertThat(e.vendorMessage()).contains("from errmsg"));
    enqueue("{\"errorcode\":-5,\"errormsg\":\"from errormsg\"}");
    assertThatThrownBy(() -> client.queries().tree()).isInstanceOfSatisfying(GedkitException.class,
        e -> assertThat(e.vendorMessage()).contains("from errormsg"));
  }

  @Test
  void countFalseOrTextIsNoTotal() throws Exception {
    login();
    enqueue("{\"errorcode\":0,\"rows\":[{\"A\":\"1\"}],\"count\":false}");
    assertThat(client.queries().exec(1).totalCount()).isEmpty();
    enqueue("{\"errorcode\":\"0\",\"rows\":[{\"A\":\"1\"}],\"count\":\"12\"}");
    assertThat(client.queries().exec(1).totalCount()).hasValue(12);
  }

  @Test
  void htmlErrorPage_isAProtocolErrorNotAParseCrash() throws Exception {
    login();
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html")
        .body("<html><body>Fatal error</body></html>").build());
    assertThatThrownBy(() -> client.queries().tree()).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("text/html");
  }

  @Test
  void http401_renewsLikeTheInBodyCode() throws Exception {
    login();
    server.enqueue(new MockResponse.Builder().code(401).body("").build());
    enqueueLogin("999");
    enqueueSeed("query-gettreearchive.json");
    assertThat(client.queries().tree().queries()).hasSize(1);
    assertThat(client.session().loginCount()).isEqualTo(2);
  }

  @Test
  void showdocsJsonErrorInA200_renewsAndReplaysTheDownload() throws Exception {
    login();
    enqueue(GONE);
    enqueueLogin("999");
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/pdf").body("abc").build());
    Path target = tmp.resolve("f.pdf");
    client.files().download(3, "a9993e364706816aba3e25717850c26c9cd0d89d", DownloadTarget.toPath(target),
        TransferListener.none());
    assertThat(target).hasContent("abc");
    take();
    take();
    assertThat(query(take())).containsEntry("sessionid", "999");
  }

  @Test
  void uploadFromBytes_isReplayedAfterRenewalAndProgressIsNotCountedTwice() throws Exception {
    login();
    enqueue(GONE);
    enqueueLogin("999");
    enqueueSeed("pupload.json");
    java.util.List<org.gedkit.core.transfer.TransferEvent> done = new java.util.ArrayList<>();
    client.uploads().upload(org.gedkit.core.transfer.UploadSource.ofBytes(new byte[1000], "a.bin"),
        UploadOptions.defaults().withListener(new TransferListener() {
          @Override
          public void onCompleted(org.gedkit.core.transfer.TransferEvent e) {
            done.add(e);
          }
        }));
    take();
    take();
    RecordedRequest replay = take();
    assertThat(query(replay)).containsEntry("sessionid", "999");
    assertThat(replay.getBodySize()).isGreaterThan(1000);
    assertThat(done).singleElement().satisfies(e -> assertThat(e.bytesTransferred()).isEqualTo(1000));
  }

  @Test
  void uploadFromAStream_cannotBeReplayedAfterRenewal() throws Exception {
    login();
    enqueue(GONE);
    assertThatThrownBy(() -> client.uploads().upload(org.gedkit.core.transfer.UploadSource.ofStream(
        new java.io.ByteArrayInputStream(new byte[10]), 10, "a.bin"), UploadOptions.defaults()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.sessionExpired()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void keepAliveOption_pingsWhenTheSessionIsIdle() throws Exception {
    client = newClient().keepAlive(true).keepAliveInterval(Duration.ofMillis(50)).build();
    login();
    enqueueSeed("secses-keepalive.json");
    clock.advance(Duration.ofSeconds(1));
    RecordedRequest ping = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(ping).isNotNull();
    assertThat(query(ping)).containsEntry("service", "secses/keepalive");
    assertThat(form(ping)).containsEntry("sessionid", SESSION);
    enqueueSeed("secses-delete.json");
    client.close();
    assertThat(query(take())).containsEntry("service", "secses/delete");
  }

  @Test
  void builder_checksArgumentsAndHidesThePassword() {
    assertThatThrownBy(() -> EzGedClient.builder().credentials("a", "b").build())
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> EzGedClient.builder().baseUrl("http://x").build()).hasMessageContaining("credentials");
    assertThatThrownBy(() -> EzGedClient.builder().hashedCredentials("a", "nothex")).hasMessageContaining("32 hex");
    assertThat(newClient().toString()).contains("password=***").doesNotContain("admin\"");
    assertThat(client.toString()).doesNotContain("21232f297a57a5a743894a0e4a801fc3");
  }
}
