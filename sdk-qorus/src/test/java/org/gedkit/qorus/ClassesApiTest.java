package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link ClassesApi} operation (generated from the operation table, then kept). */
class ClassesApiTest extends QorusApiTestSupport {

  @Test
  void list() throws Exception {
    reply("[{\"classid\": 7, \"name\": \"x\", \"version\": \"x\", \"description\": \"x\", \"author\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"source\": \"x\", \"line\": 7, \"body\": \"x\", \"tags\": {\"a\":1}, \"offset\": \"o\", \"host\": \"x\", \"user\": \"x\", \"createdby\": \"x\", \"modifiedby\": \"x\", \"zz_extra\": 1}]");
    var result = client.classes().list().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).classId()).isEqualTo(7L);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/classes", null);
  }
  @Test
  void names() throws Exception {
    reply("[\"a\", \"b\"]");
    assertThat(client.classes().names()).containsExactly("a", "b");
    expect("GET", "/api/v2/classes", null, "action", "list");
  }
  @Test
  void get() throws Exception {
    reply("{\"classid\": 7, \"name\": \"x\", \"version\": \"x\", \"description\": \"x\", \"author\": \"x\", \"created\": \"2016-08-10 02:00:00.758239 +02:00\", \"modified\": \"2016-08-10 02:00:00.758239 +02:00\", \"source\": \"x\", \"line\": 7, \"body\": \"x\", \"tags\": {\"a\":1}, \"offset\": \"o\", \"host\": \"x\", \"user\": \"x\", \"createdby\": \"x\", \"modifiedby\": \"x\", \"zz_extra\": 1}");
    var result = client.classes().get("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.created()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.classId()).isEqualTo(7L);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/classes/id%201", null);
  }
}
