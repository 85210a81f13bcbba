package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link FunctionsApi} operation (generated from the operation table, then kept). */
class FunctionsApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"function_instanceid\": 7, \"function_type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"description\": \"x\", \"author\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"source\": \"x\", \"line\": 7, \"body\": \"x\", \"tags\": {\"a\":1}, \"offset\": \"o\", \"host\": \"x\", \"user\": \"x\", \"createdby\": \"x\", \"modifiedby\": \"x\", \"zz_extra\": 1}]");
    var result = client.functions().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).functionInstanceId()).isEqualTo(7L);
    assertThat(result.get(0).functionType()).isEqualTo("x");
    expect("GET", "/api/v2/functions", null);
  }
  @Test
  void names() throws Exception {
    reply("[\"a\", \"b\"]");
    assertThat(client.functions().names()).containsExactly("a", "b");
    expect("GET", "/api/v2/functions", null, "action", "list");
  }
  @Test
  void get() throws Exception {
    reply("{\"function_instanceid\": 7, \"function_type\": \"x\", \"name\": \"x\", \"version\": \"x\", \"description\": \"x\", \"author\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"source\": \"x\", \"line\": 7, \"body\": \"x\", \"tags\": {\"a\":1}, \"offset\": \"o\", \"host\": \"x\", \"user\": \"x\", \"createdby\": \"x\", \"modifiedby\": \"x\", \"zz_extra\": 1}");
    var result = client.functions().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.functionInstanceId()).isEqualTo(7L);
    assertThat(result.functionType()).isEqualTo("x");
    expect("GET", "/api/v2/functions/id%201", null);
  }
}
