package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gedkit.core.json.GedkitJson;
import org.junit.jupiter.api.Test;

/** The return value examples of the document (test resources under examples/) parse unchanged. */
class QorusDocumentExamplesTest extends QorusApiTestSupport {

  static String example(String name) throws IOException {
    try (InputStream in = QorusDocumentExamplesTest.class.getResourceAsStream("examples/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void propsExportYaml() throws Exception {
    reply(GedkitJson.mapper().writeValueAsString(example("props-export.yaml")));
    Map<String, Object> export = client.system().exportProps();
    assertThat(export).containsOnlyKeys("qorus_properties");
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) export.get("qorus_properties");
    assertThat(props).containsEntry("domain1", Map.of("key1", "value", "key2", "value"));
    assertThat(props).containsKey("^attributes^");
    expect("GET", "/api/v2/system/props", null, "action", "export");
  }

  @Test
  void health() throws Exception {
    reply(example("health.json"));
    var h = client.system().health();
    assertThat(h.health()).isEqualTo("RED");
    assertThat(h.ongoing()).isEqualTo(123L);
    assertThat(h.transientAlerts()).isZero();
    assertThat(h.instanceKey()).isEqualTo("quark-1");
    assertThat(h.remote()).isEmpty();
  }

  @Test
  void jobResultsOverview() throws Exception {
    reply(example("jobresults-overview.json"));
    assertThat(client.jobResults().overview(null, null, null, null))
        .containsEntry("myjob_1", Map.of("ERROR", 1, "COMPLETE", 3));
    reply(example("jobresults-overview.json"));
    assertThat(client.jobs().resultsOverview("myjob_2", null, null, null))
        .containsEntry("myjob_2", Map.of("IN-PROGRESS", 1, "COMPLETE", 8));
  }
}
