package org.gedkit.qorus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request-exact tests of every {@link SystemApi} operation (generated from the operation table, then kept). */
class SystemApiTest extends QorusApiTestSupport {

  @Test
  void apiRoot() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().apiRoot().get("k").asText()).isEqualTo("v");
    expect("GET", "/api/v2", null);
  }
  @Test
  void publicInfo() throws Exception {
    reply("{\"noauth\": true, \"instance-key\": \"x\", \"omq-schema\": \"x\", \"omq-version\": \"x\", \"omq-build\": \"x\", \"qore-version\": \"x\", \"zz_extra\": 1}");
    var result = client.system().publicInfo();
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.instanceKey()).isEqualTo("x");
    expect("GET", "/api/v2/public/info", null);
  }
  @Test
  void info() throws Exception {
    reply("{\"instance-key\": \"x\", \"omq-version\": \"x\", \"omq-version-code\": 7, \"qore-version\": \"x\", \"datamodel-version\": \"x\", \"omq-build\": \"x\", \"build-type\": \"x\", \"omq-schema\": \"x\", \"omq-driver\": \"x\", \"omq-db-version\": \"x\", \"omquser-schema\": \"x\", \"omquser-driver\": \"x\", \"omquser-db-version\": \"x\", \"api_version\": \"x\", \"hostname\": \"x\", \"pid\": 7, \"session-id\": 7, \"starttime\": \"2016-08-10 02:00:00.758239 +02:00\", \"threads\": 3, \"cache_size\": 7, \"shutting_down\": true, \"health\": \"x\", \"omq_dir\": \"x\", \"logfile\": \"x\", \"alert-summary\": {\"a\":1}, \"modules\": {\"a\":1}, \"runtime-properties\": {\"a\":1}, \"schema-properties\": {\"a\":1}, \"zz_extra\": 1}");
    var result = client.system().info();
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.startTime()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.omqVersionCode()).isEqualTo(7L);
    assertThat(result.instanceKey()).isEqualTo("x");
    expect("GET", "/api/v2/system", null);
  }
  @Test
  void echo() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().echo(Map.of("driver", "pgsql")).get("k")).isEqualTo("v");
    expect("GET", "/api/v2/system", null, "action", "echo", "driver", "pgsql");
  }
  @Test
  void echoPut() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().echoPut(Map.of("driver", "pgsql")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/system", "{\"driver\":\"pgsql\"}", "action", "echo");
  }
  @Test
  void ping() throws Exception {
    reply("\"OK\"");
    assertThat(client.system().ping()).isEqualTo("OK");
    expect("GET", "/api/v2/system", null, "action", "ping");
  }
  @Test
  void reloadRbac() throws Exception {
    reply("\"OK\"");
    client.system().reloadRbac();
    expect("PUT", "/api/v2/system", "{}", "action", "reloadRbac");
  }
  @Test
  void restart() throws Exception {
    reply("\"OK\"");
    client.system().restart(3);
    expect("PUT", "/api/v2/system", "{\"timeout\":3}", "action", "restart");
  }
  @Test
  void rotateLogFiles() throws Exception {
    reply("\"OK\"");
    client.system().rotateLogFiles();
    expect("PUT", "/api/v2/system", "{}", "action", "rotateLogFiles");
  }
  @Test
  void setDebug() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().setDebug(true).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/system", "{\"debug\":true}", "action", "setDebug");
  }
  @Test
  void shutdown() throws Exception {
    reply("\"OK\"");
    client.system().shutdown();
    expect("PUT", "/api/v2/system", "{}", "action", "shutdown");
  }
  @Test
  void shutdownWait() throws Exception {
    reply("\"OK\"");
    client.system().shutdownWait();
    expect("PUT", "/api/v2/system", "{}", "action", "shutdownWait");
  }
  @Test
  void streamPut() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().streamPut("s1").get("k").asText()).isEqualTo("v");
    expect("PUT", "/api/v2/system", "{\"stream\":\"s1\"}", "action", "stream");
  }
  @Test
  void streamPost() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().streamPost("s1").get("k").asText()).isEqualTo("v");
    expect("POST", "/api/v2/system", "{\"stream\":\"s1\"}", "action", "stream");
  }
  @Test
  void stream() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().stream("s1").get("k").asText()).isEqualTo("v");
    expect("GET", "/api/v2/system", null, "action", "stream", "stream", "s1");
  }
  @Test
  void validateWsToken() throws Exception {
    reply("\"OK\"");
    assertThat(client.system().validateWsToken("s1")).isEqualTo("OK");
    expect("GET", "/api/v2/system", null, "action", "validateWsToken", "token", "s1");
  }
  @Test
  void wsToken() throws Exception {
    reply("\"OK\"");
    assertThat(client.system().wsToken(11L)).isEqualTo("OK");
    expect("GET", "/api/v2/system", null, "action", "wstoken", "ttl", "11");
  }
  @Test
  void alerts() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().alerts("s1", true, OffsetDateTime.parse("2024-01-02T03:04:05Z")).get("k").asText()).isEqualTo("v");
    expect("GET", "/api/v2/system/alerts", null, "remote", "s1", "summary", "true", "cutoff", "2024-01-02T03:04:05Z");
  }
  @Test
  void ongoingAlerts() throws Exception {
    reply("[{\"type\": \"x\", \"id\": \"o\", \"alertid\": 7, \"alert\": \"x\", \"reason\": \"x\", \"who\": \"x\", \"source\": \"x\", \"object\": \"x\", \"instance\": \"x\", \"name\": \"x\", \"version\": \"x\", \"auditid\": 7, \"when\": \"2016-08-10 02:00:00.758239 +02:00\", \"local\": true, \"alerttype\": \"x\", \"zz_extra\": 1}]");
    var result = client.system().ongoingAlerts("s1").stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).when()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).alertId()).isEqualTo(7L);
    assertThat(result.get(0).type()).isEqualTo("x");
    expect("GET", "/api/v2/system/alerts/ongoing", null, "remote", "s1");
  }
  @Test
  void transientAlerts() throws Exception {
    reply("[{\"type\": \"x\", \"id\": \"o\", \"alertid\": 7, \"alert\": \"x\", \"reason\": \"x\", \"who\": \"x\", \"source\": \"x\", \"object\": \"x\", \"instance\": \"x\", \"name\": \"x\", \"version\": \"x\", \"auditid\": 7, \"when\": \"2016-08-10 02:00:00.758239 +02:00\", \"local\": true, \"alerttype\": \"x\", \"zz_extra\": 1}]");
    var result = client.system().transientAlerts("s1", 3).stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).when()).isEqualTo(OffsetDateTime.parse("2016-08-10T02:00:00.758239+02:00"));
    assertThat(result.get(0).alertId()).isEqualTo(7L);
    assertThat(result.get(0).type()).isEqualTo("x");
    expect("GET", "/api/v2/system/alerts/transient", null, "remote", "s1", "max", "3");
  }
  @Test
  void callApi() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().callApi("s1", List.of("x")).get("k").asText()).isEqualTo("v");
    expect("PUT", "/api/v2/system/api", "{\"method\":\"s1\",\"args\":[\"x\"]}", "action", "call");
  }
  @Test
  void health() throws Exception {
    reply("{\"health\": \"x\", \"ongoing\": 7, \"transient\": 7, \"instance-key\": \"x\", \"remote\": [1], \"zz_extra\": 1}");
    var result = client.system().health();
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.ongoing()).isEqualTo(7L);
    assertThat(result.health()).isEqualTo("x");
    expect("GET", "/api/v2/system/health", null);
  }
  @Test
  void listeners() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().listeners().get("k")).isEqualTo("v");
    expect("GET", "/api/v2/system/listeners", null);
  }
  @Test
  void addListener() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.system().addListener("s1", ListenerOptions.defaults()
        .withCertFile("s1")
        .withKeyFile("s1")
        .withKeyPassword("s1")
        .withFamily("s1")
        .withName("s1"))).hasSize(1);
    expect("POST", "/api/v2/system/listeners", "{\"bind\":\"s1\",\"cert_file\":\"s1\",\"key_file\":\"s1\",\"key_password\":\"s1\",\"family\":\"s1\",\"name\":\"s1\"}");
  }
  @Test
  void startListener() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.system().startListener("s1", ListenerOptions.defaults()
        .withCertFile("s1")
        .withKeyFile("s1")
        .withKeyPassword("s1")
        .withFamily("s1")
        .withName("s1"))).hasSize(1);
    expect("POST", "/api/v2/system/listeners", "{\"bind\":\"s1\",\"cert_file\":\"s1\",\"key_file\":\"s1\",\"key_password\":\"s1\",\"family\":\"s1\",\"name\":\"s1\"}", "action", "start");
  }
  @Test
  void deleteListener() throws Exception {
    reply("\"OK\"");
    client.system().deleteListener("id 1");
    expect("DELETE", "/api/v2/system/listeners/id%201", null);
  }
  @Test
  void listener() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().listener("id 1").get("k")).isEqualTo("v");
    expect("GET", "/api/v2/system/listeners/id%201", null);
  }
  @Test
  void listenerLogOptions() throws Exception {
    reply("5");
    assertThat(client.system().listenerLogOptions("id 1")).isEqualTo(5L);
    expect("GET", "/api/v2/system/listeners/id%201", null, "action", "logOptions");
  }
  @Test
  void listenerLogVerboseAll() throws Exception {
    reply("\"OK\"");
    client.system().listenerLogVerboseAll("id 1", true);
    expect("PUT", "/api/v2/system/listeners/id%201", "{\"flag\":true}", "action", "logVerboseAll");
  }
  @Test
  void setListenerLogOptions() throws Exception {
    reply("\"OK\"");
    client.system().setListenerLogOptions("id 1", 11L);
    expect("PUT", "/api/v2/system/listeners/id%201", "{\"option\":11}", "action", "setLogOptions");
  }
  @Test
  void stopListener() throws Exception {
    reply("\"OK\"");
    client.system().stopListener("id 1");
    expect("POST", "/api/v2/system/listeners/id%201", "{}", "action", "stop");
  }
  @Test
  void reloadMetadata() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().reloadMetadata(MetadataReload.defaults()
        .withWorkflows(List.of(1L, 2L))
        .withServices(List.of(1L, 2L))
        .withJobs(List.of(1L, 2L))
        .withMappers(List.of(1L, 2L))
        .withVmaps(List.of(1L, 2L))
        .withFunctions(List.of(1L, 2L))
        .withClasses(List.of(1L, 2L))
        .withConstants(List.of(1L, 2L))
        .withQueues(List.of(1L, 2L))
        .withEvents(List.of(1L, 2L))
        .withSteps(List.of(1L, 2L))
        .withConfigValues(List.of("a", "b"))
        .withTypes(List.of("a", "b"))).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/system/metadata", "{\"workflows\":[1,2],\"services\":[1,2],\"jobs\":[1,2],\"mappers\":[1,2],\"vmaps\":[1,2],\"functions\":[1,2],\"classes\":[1,2],\"constants\":[1,2],\"queues\":[1,2],\"events\":[1,2],\"steps\":[1,2],\"config_values\":[\"a\",\"b\"],\"types\":[\"a\",\"b\"]}", "action", "reload");
  }
  @Test
  void options() throws Exception {
    reply("[{\"name\": \"x\", \"value\": \"o\", \"expects\": \"x\", \"desc\": \"x\", \"default\": \"o\", \"startup-only\": true, \"status\": \"x\", \"workflow\": true, \"service\": true, \"job\": true, \"zz_extra\": 1}]");
    var result = client.system().options().stream().toList();
    assertThat(result).hasSize(1);
    assertThat(result.get(0).extra()).containsEntry("zz_extra", 1);
    assertThat(result.get(0).name()).isEqualTo("x");
    expect("GET", "/api/v2/system/options", null);
  }
  @Test
  void setOptions() throws Exception {
    reply("\"OK\"");
    client.system().setOptions(Map.of("k", "v"));
    expect("PUT", "/api/v2/system/options", "{\"options\":{\"k\":\"v\"}}", "action", "set");
  }
  @Test
  void setOptionsAlias() throws Exception {
    reply("\"OK\"");
    client.system().setOptionsAlias(Map.of("k", "v"));
    expect("PUT", "/api/v2/system/options", "{\"options\":{\"k\":\"v\"}}", "action", "setOptions");
  }
  @Test
  void option() throws Exception {
    reply("{\"name\": \"x\", \"value\": \"o\", \"expects\": \"x\", \"desc\": \"x\", \"default\": \"o\", \"startup-only\": true, \"status\": \"x\", \"workflow\": true, \"service\": true, \"job\": true, \"zz_extra\": 1}");
    var result = client.system().option("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.name()).isEqualTo("x");
    expect("GET", "/api/v2/system/options/id%201", null);
  }
  @Test
  void setOption() throws Exception {
    reply("\"OK\"");
    client.system().setOption("id 1", "o1");
    expect("PUT", "/api/v2/system/options/id%201", "{\"value\":\"o1\"}", "action", "set");
  }
  @Test
  void props() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().props("s1", "s1").get("k")).isEqualTo("v");
    expect("GET", "/api/v2/system/props", null, "domain", "s1", "key", "s1");
  }
  @Test
  void exportProps() throws Exception {
    reply("\"a: 1\\nb: [x, y]\\n\"");
    assertThat(client.system().exportProps()).containsEntry("a", 1).containsEntry("b", List.of("x", "y"));
    expect("GET", "/api/v2/system/props", null, "action", "export");
  }
  @Test
  void importProps() throws Exception {
    reply("\"OK\"");
    client.system().importProps(List.of("a", "b"));
    expect("PUT", "/api/v2/system/props", "{\"domains\":[\"a\",\"b\"]}", "action", "import");
  }
  @Test
  void reloadProps() throws Exception {
    reply("5");
    assertThat(client.system().reloadProps()).isEqualTo(5L);
    expect("PUT", "/api/v2/system/props", "{}", "action", "reload");
  }
  @Test
  void replaceAllProps() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().replaceAllProps(Map.of("k", "v")).get("k")).isEqualTo("v");
    expect("PUT", "/api/v2/system/props", "{\"props\":{\"k\":\"v\"}}", "action", "replaceAll");
  }
  @Test
  void setProp() throws Exception {
    reply("\"OK\"");
    assertThat(client.system().setProp("s1", "s1", "o1")).isEqualTo("OK");
    expect("PUT", "/api/v2/system/props", "{\"domain\":\"s1\",\"key\":\"s1\",\"args\":\"o1\"}", "action", "set");
  }
  @Test
  void updateManyProps() throws Exception {
    reply("{\"INSERT\": 7, \"UPDATE\": 7, \"DELETE\": 7, \"IGNORED\": 7, \"zz_extra\": 1}");
    var result = client.system().updateManyProps(Map.of("k", "v"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.insert()).isEqualTo(7L);
    expect("PUT", "/api/v2/system/props", "{\"arg\":{\"k\":\"v\"}}", "action", "updateMany");
  }
  @Test
  void deletePropDomain() throws Exception {
    reply("{\"INSERT\": 7, \"UPDATE\": 7, \"DELETE\": 7, \"IGNORED\": 7, \"zz_extra\": 1}");
    var result = client.system().deletePropDomain("id 1");
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.insert()).isEqualTo(7L);
    expect("DELETE", "/api/v2/system/props/id%201", null);
  }
  @Test
  void propDomain() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().propDomain("id 1", List.of("a", "b")).get("k")).isEqualTo("v");
    expect("GET", "/api/v2/system/props/id%201", null, "key", "a,b");
  }
  @Test
  void createPropDomain() throws Exception {
    reply("{\"INSERT\": 7, \"UPDATE\": 7, \"DELETE\": 7, \"IGNORED\": 7, \"zz_extra\": 1}");
    var result = client.system().createPropDomain("id 1", Map.of("k", "v"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.insert()).isEqualTo(7L);
    expect("POST", "/api/v2/system/props/id%201", "{\"arg\":{\"k\":\"v\"}}");
  }
  @Test
  void setDomainProp() throws Exception {
    reply("\"OK\"");
    assertThat(client.system().setDomainProp("id 1", "s1", "o1")).isEqualTo("OK");
    expect("PUT", "/api/v2/system/props/id%201", "{\"key\":\"s1\",\"args\":\"o1\"}", "action", "set");
  }
  @Test
  void updateManyDomainProps() throws Exception {
    reply("{\"INSERT\": 7, \"UPDATE\": 7, \"DELETE\": 7, \"IGNORED\": 7, \"zz_extra\": 1}");
    var result = client.system().updateManyDomainProps("id 1", Map.of("k", "v"));
    assertThat(result.extra()).containsEntry("zz_extra", 1);
    assertThat(result.insert()).isEqualTo(7L);
    expect("PUT", "/api/v2/system/props/id%201", "{\"arg\":{\"k\":\"v\"}}", "action", "updateMany");
  }
  @Test
  void deleteProp() throws Exception {
    reply("\"OK\"");
    assertThat(client.system().deleteProp("id 1", "id 1")).isEqualTo("OK");
    expect("DELETE", "/api/v2/system/props/id%201/id%201", null);
  }
  @Test
  void prop() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().prop("id 1", "id 1").get("k").asText()).isEqualTo("v");
    expect("GET", "/api/v2/system/props/id%201/id%201", null);
  }
  @Test
  void createProp() throws Exception {
    reply("\"OK\"");
    assertThat(client.system().createProp("id 1", "id 1", "o1")).isEqualTo("OK");
    expect("POST", "/api/v2/system/props/id%201/id%201", "{\"arg\":\"o1\"}");
  }
  @Test
  void setKeyProp() throws Exception {
    reply("\"OK\"");
    assertThat(client.system().setKeyProp("id 1", "id 1", "o1")).isEqualTo("OK");
    expect("PUT", "/api/v2/system/props/id%201/id%201", "{\"args\":\"o1\"}", "action", "set");
  }
  @Test
  void rbac() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().rbac().get("k")).isEqualTo("v");
    expect("GET", "/api/v2/system/rbac", null);
  }
  @Test
  void reloadRbacCache() throws Exception {
    reply("\"OK\"");
    client.system().reloadRbacCache();
    expect("PUT", "/api/v2/system/rbac", "{}", "action", "reload");
  }
  @Test
  void sessions() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.system().sessions(SessionSearchOptions.defaults()
        .withEndedMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withEndedMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withHostname("s1")
        .withId(11L)
        .withKey("s1")
        .withLimit(3)
        .withOffset(11L)
        .withStartedMaxDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withStartedMinDate(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
        .withStatus(List.of("a", "b"))
        .withUrl("s1")
        .withVersion("s1"))).hasSize(1);
    expect("GET", "/api/v2/system/sessions", null, "ended_maxdate", "2024-01-02T03:04:05Z", "ended_mindate", "2024-01-02T03:04:05Z", "hostname", "s1", "id", "11", "key", "s1", "limit", "3", "offset", "11", "started_maxdate", "2024-01-02T03:04:05Z", "started_mindate", "2024-01-02T03:04:05Z", "status", "a,b", "url", "s1", "version", "s1");
  }
  @Test
  void sqlCache() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().sqlCache(true).get("k")).isEqualTo("v");
    expect("GET", "/api/v2/system/sqlcache", null, "system", "true");
  }
  @Test
  void clearSqlCache() throws Exception {
    reply("\"OK\"");
    client.system().clearSqlCache("s1", "s1");
    expect("PUT", "/api/v2/system/sqlcache", "{\"datasource\":\"s1\",\"name\":\"s1\"}", "action", "clear");
  }
  @Test
  void clearSqlCacheAlias() throws Exception {
    reply("\"OK\"");
    client.system().clearSqlCacheAlias("s1", "s1");
    expect("PUT", "/api/v2/system/sqlcache", "{\"datasource\":\"s1\",\"name\":\"s1\"}", "action", "clearCache");
  }
  @Test
  void ui() throws Exception {
    reply("[\"a\", \"b\"]");
    assertThat(client.system().ui()).containsExactly("a", "b");
    expect("GET", "/api/v2/system/ui", null);
  }
  @Test
  void uiExtensions() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.system().uiExtensions()).hasSize(1);
    expect("GET", "/api/v2/system/ui/extensions", null);
  }
  @Test
  void listUiExtensions() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.system().listUiExtensions()).hasSize(1);
    expect("GET", "/api/v2/system/ui/extensions", null, "action", "list");
  }
  @Test
  void uiExtension() throws Exception {
    reply("{\"k\": \"v\"}");
    assertThat(client.system().uiExtension("id 1").get("k")).isEqualTo("v");
    expect("GET", "/api/v2/system/ui/extensions/id%201", null);
  }
  @Test
  void userHttpServices() throws Exception {
    reply("[{\"k\": \"v\"}]");
    assertThat(client.system().userHttpServices()).hasSize(1);
    expect("GET", "/api/v2/system/userhttp", null);
  }
}
