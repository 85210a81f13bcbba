package org.gedkit.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.junit.jupiter.api.Test;

class StoreTypesTest {

  @Test
  void documentInfo_exposesOptionalsAndCopiesExtras() {
    Map<String, Object> extras = new HashMap<>();
    extras.put("ripe", null);
    Checksum sum = Checksum.compute(ChecksumAlgorithm.SHA1, "abc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    OffsetDateTime at = OffsetDateTime.parse("2020-01-01T10:00:00+01:00");
    DocumentInfo d = new DocumentInfo("1", null, "c", 3, sum, "text/plain", at, null, extras);
    extras.put("later", 1);
    assertThat(d.name()).isEqualTo("1");
    assertThat(d.size()).hasValue(3);
    assertThat(d.checksum()).contains(sum);
    assertThat(d.mediaType()).contains("text/plain");
    assertThat(d.created()).contains(at);
    assertThat(d.modified()).isEmpty();
    assertThat(d.vendorExtras()).containsKey("ripe").doesNotContainKey("later");
    assertThat(new DocumentInfo("2", "n", null, -1, null, null, null, null, null).size()).isEmpty();
  }

  @Test
  void container_parentIsOptional() {
    assertThat(new Container("a", null, null, null).parent()).isEmpty();
    assertThat(new Container("a", "A", "root", Map.of("k", 1)).parent()).contains("root");
    assertThat(new Container("a", null, null, null).name()).isEqualTo("a");
  }

  @Test
  void unsupported_namesBackendAndCapability() {
    var e = Unsupported.capability("phraseanet", Capability.UPLOAD, "read-only");
    assertThat(e.backend()).isEqualTo("phraseanet");
    assertThat(e.operation()).isEqualTo("store.upload");
    assertThat(e.getMessage()).contains("UPLOAD").contains("read-only");
  }

  @Test
  void storeConfig_hidesSecretsInToString() {
    StoreConfig c = new StoreConfig("x", "https://h", Map.of("password", "pw123456", "apiToken", "tok123456",
        "user", "bob"));
    assertThat(c.toString()).contains("bob").doesNotContain("pw123456").doesNotContain("tok123456");
    assertThat(c.get("missing")).isEmpty();
  }
}
