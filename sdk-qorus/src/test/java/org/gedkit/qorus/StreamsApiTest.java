package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class StreamsApiTest extends QorusApiTestSupport {

  @Test
  void service_copiesTheStreamAsItArrives_isRequestExact() throws Exception {
    byte[] big = new byte[3 * 1024 * 1024 + 17];
    new java.util.Random(3).nextBytes(big);
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/octet-stream")
        .body(new Buffer().write(big)).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = client.streams().service("GET", "billing", "export", out);
    expect("GET", "/api/v2/services/billing", null, "action", "stream", "stream", "export");
    assertThat(n).isEqualTo(big.length);
    assertThat(out.toByteArray()).isEqualTo(big);
  }

  @Test
  void service_postSendsTheArgumentInTheBody() throws Exception {
    reply("\"chunk\"");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    client.streams().service("post", "billing", "import", out);
    expect("POST", "/api/v2/services/billing", "{\"stream\":\"import\"}", "action", "stream");
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\"chunk\"");
  }

  @Test
  void system_streamsTheTestStream() throws Exception {
    reply("[{\"a\":1},{\"a\":2}]");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    client.streams().system("PUT", "DataStream", out);
    expect("PUT", "/api/v2/system", "{\"stream\":\"DataStream\"}", "action", "stream");
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"a\":2");
  }

  @Test
  void errorsAreTyped_andBadArgumentsSendNothing() {
    reply(409, "{\"err\":\"SERVICE-NOT-LOADED\",\"desc\":\"not loaded\"}");
    assertThatThrownBy(() -> client.streams().service("GET", "billing", "export", new ByteArrayOutputStream()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> client.streams().service("PATCH", "billing", "x", new ByteArrayOutputStream()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("httpMethod");
    assertThatThrownBy(() -> client.streams().system("GET", null, new ByteArrayOutputStream()))
        .isInstanceOf(InvalidArgumentException.class);
    assertThatThrownBy(() -> client.streams().service("GET", "billing", "x", null))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("out");
    assertThatThrownBy(() -> client.streams().service("GET", "billing", " ", new ByteArrayOutputStream()))
        .isInstanceOf(InvalidArgumentException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
