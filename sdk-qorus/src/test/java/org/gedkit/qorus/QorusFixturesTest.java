package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.gedkit.core.error.AuthenticationException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every real Qorus reply in ../shared/fixtures/qorus parses through the SDK method that receives it. */
class QorusFixturesTest extends QorusApiTestSupport {

  Path dir;

  @BeforeEach
  void fixtures() {
    String base = System.getProperty("gedkit.fixtures");
    dir = base == null ? null : Path.of(base, "qorus");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
        "the Qorus fixtures are not available (gedkit.fixtures=" + base + ")");
  }

  void replyFixture(String name) throws IOException {
    reply(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
  }

  @Test
  void everyFixtureIsCoveredHere() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "ui-fixture-errors-errors.json", "ui-fixture-jobresults-2916533.json", "ui-fixture-jobresults-3007007.json",
          "ui-fixture-jobs-110.json", "ui-fixture-jobs-33.json", "ui-fixture-orders-3658.json",
          "ui-fixture-orders-4000.json", "ui-fixture-services-111.json", "ui-fixture-system-health.json",
          "ui-fixture-system-options.json", "ui-fixture-system-system.json", "ui-fixture-workflows-14.json",
          "ui-fixture-workflows-2.json", "ui-mock-public-info.json", "ui-mock-public-login-400.json");
    }
  }

  @Test
  void workflows() throws IOException {
    replyFixture("ui-fixture-workflows-14.json");
    var wf = client.workflows().get("14");
    assertThat(wf.workflowId()).isEqualTo(14L);
    assertThat(wf.name()).isNotBlank();
    assertThat(wf.created()).isNotNull();
    assertThat(wf.extra()).containsKey("COMPLETE");
    replyFixture("ui-fixture-workflows-2.json");
    assertThat(client.workflows().get("2").workflowId()).isEqualTo(2L);
  }

  @Test
  void orders() throws IOException {
    replyFixture("ui-fixture-orders-3658.json");
    var o = client.orders().get(3658);
    assertThat(o.workflowInstanceId()).isEqualTo(3658L);
    assertThat(o.started()).isNotNull();
    assertThat(o.stepInstances()).isNotEmpty();
    assertThat(o.staticData()).isNotNull();
    replyFixture("ui-fixture-orders-4000.json");
    assertThat(client.orders().get(4000).workflowInstanceId()).isEqualTo(4000L);
  }

  @Test
  void jobsAndResults() throws IOException {
    replyFixture("ui-fixture-jobs-110.json");
    var job = client.jobs().get("110");
    assertThat(job.jobId()).isEqualTo(110L);
    assertThat(job.lastExecuted()).isNotNull();
    assertThat(job.expiryDate()).isNotNull();
    replyFixture("ui-fixture-jobs-33.json");
    assertThat(client.jobs().get("33").jobId()).isEqualTo(33L);
    for (String f : new String[] {"ui-fixture-jobresults-2916533.json", "ui-fixture-jobresults-3007007.json"}) {
      server.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
          .body("[" + Files.readString(dir.resolve(f)) + "]").build());
      var r = client.jobs().results("x", JobResultOptions.defaults()).stream().findFirst().orElseThrow();
      assertThat(r.jobInstanceId()).isPositive();
      assertThat(r.started()).isNotNull();
    }
  }

  @Test
  void services() throws IOException {
    replyFixture("ui-fixture-services-111.json");
    var s = client.services().get("111");
    assertThat(s.serviceId()).isEqualTo(111L);
    assertThat(s.methods()).isNotEmpty();
  }

  @Test
  void system() throws IOException {
    replyFixture("ui-fixture-system-system.json");
    var info = client.system().info();
    assertThat(info.instanceKey()).isNotBlank();
    assertThat(info.startTime()).isNotNull();
    assertThat(info.pid()).isPositive();
    replyFixture("ui-fixture-system-health.json");
    var health = client.system().health();
    assertThat(health.health()).isEqualTo("RED");
    assertThat(health.ongoing()).isEqualTo(120L);
    assertThat(health.remote()).hasSize(1);
    replyFixture("ui-fixture-system-options.json");
    assertThat(client.system().options()).hasSize(66).allSatisfy(o -> assertThat(o.name()).isNotBlank());
  }

  @Test
  void errorDefinitions() throws IOException {
    replyFixture("ui-fixture-errors-errors.json");
    var errors = client.workflows().errors("x");
    assertThat(errors).hasSize(47).allSatisfy(e -> assertThat(e.error()).isNotBlank());
  }

  @Test
  void publicInfoAndLoginError() throws IOException {
    replyFixture("ui-mock-public-info.json");
    var info = client.system().publicInfo();
    assertThat(info.noauth()).isFalse();
    assertThat(info.instanceKey()).isEqualTo("qorus-test-instance");
    assertThat(info.omqVersion()).isEqualTo("3.2.0_git");
    reply(400, Files.readString(dir.resolve("ui-mock-public-login-400.json")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.system().ping())
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.vendorCode()).contains("AUTHENTICATION-ERROR"));
  }

  @Test
  void qorusDateShapes() throws IOException {
    reply("{\"workflow_instanceid\": 1, \"started\": \"2016-06-01 10:30:00.060229Z\","
        + " \"completed\": \"2016-08-10 02:00:00.758239 +02:00\","
        + " \"modified\": \"2014-06-18 12:49:58.329436 Wed +02:00 (CEST)\"}");
    var o = client.orders().get(1);
    assertThat(o.started()).isEqualTo(OffsetDateTime.parse("2016-06-01T10:30:00.060229Z"));
    assertThat(o.completed()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(o.modified()).isEqualTo(OffsetDateTime.parse("2014-06-18T12:49:58.329436+02:00"));
  }
}
