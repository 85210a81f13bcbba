package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.qorus.QorusEmulator;
import org.junit.jupiter.api.Test;

/** Regressions found by the cross-adapter fault matrix (integration-tests): nothing applied or written twice. */
class QorusReliabilityTest {

  @Test
  void anOrderWhoseReusedConnectionDroppedAfterSendingIsNotCreatedBehindTheCallersBack() {
    try (QorusEmulator qorus = new QorusEmulator().withUser("admin", "s3cr3t").start();
        QorusClient client = QorusClient.builder().baseUrl(qorus.baseUrl()).credentials("admin", "s3cr3t")
            .retryPolicy(RetryPolicy.defaults()).sleeper(d -> { }).build()) {
      qorus.addWorkflow("WF", "1.0");
      client.workflows().get("WF"); // the login and this call leave a pooled connection the POST reuses
      qorus.faults().next(1, "POST", "/api/v2/workflows/WF", Fault.resetBeforeReply());
      Throwable thrown = catchThrowable(() -> client.workflows().createOrder("WF",
          CreateOrderOptions.defaults().withStaticData(Map.of("a", 1))));
      assertThat(thrown).isInstanceOf(TransportException.class);
      assertThat(((TransportException) thrown).isRetryable()).as("the POST reached the server").isFalse();
      assertThat(qorus.requests().stream().filter(r -> r.method().equals("POST")).count())
          .as("sent once: OkHttp did not replay it on a fresh connection").isEqualTo(1);
      assertThat(qorus.ordersCreated()).isZero();
    }
  }

  @Test
  void aStreamCutAfterItsFirstBytesIsNotSentAgainIntoTheSameOutput() throws Exception {
    byte[] big = new byte[512 * 1024];
    new java.util.Random(5).nextBytes(big);
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/octet-stream")
          .body(new Buffer().write(big)).onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build());
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/octet-stream")
          .body(new Buffer().write(big)).build());
      server.start();
      try (QorusClient client = QorusClient.builder().baseUrl(server.url("/").toString()).credentials("admin", "s3cr3t")
          .basicAuthOnly().retryPolicy(RetryPolicy.defaults()).sleeper(d -> { }).build()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Throwable thrown = catchThrowable(() -> client.streams().service("GET", "billing", "export", out));
        byte[] got = out.toByteArray();
        // the server cuts the reply after writing half of it: the first bytes already reached the output
        assertThat(thrown).isInstanceOf(TransportException.class);
        assertThat(((TransportException) thrown).isRetryable()).isFalse();
        assertThat(server.getRequestCount()).as("not sent again into a stream holding bytes").isEqualTo(1);
        assertThat(got.length).isPositive().isLessThan(big.length);
        assertThat(got).as("what was written is a prefix of the stream, never repeated")
            .isEqualTo(Arrays.copyOf(big, got.length));
      }
    }
  }

  @Test
  void aPublicLoginErrorEchoingThePasswordDoesNotLeakIt() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
          .body("{\"err\":\"AUTHENTICATION-ERROR\",\"desc\":\"bad password pw-echoed-42 for admin\"}").build());
      server.start();
      try (QorusClient client = QorusClient.builder().baseUrl(server.url("/").toString())
          .credentials("admin", "pw-echoed-42").publicLogin().retryPolicy(RetryPolicy.none()).build()) {
        Throwable thrown = catchThrowable(() -> client.workflows().get("WF"));
        assertThat(thrown).isInstanceOf(org.gedkit.core.error.GedkitException.class);
        org.gedkit.core.error.GedkitException g = (org.gedkit.core.error.GedkitException) thrown;
        assertThat(g.getMessage() + g + g.vendorMessage() + g.details()).doesNotContain("pw-echoed-42");
      }
    }
  }
}
