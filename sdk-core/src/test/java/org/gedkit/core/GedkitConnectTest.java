package org.gedkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.UnsupportedCapabilityException;
import org.gedkit.core.store.Capability;
import org.gedkit.core.store.DocumentStore;
import org.gedkit.core.store.FakeStoreProvider;
import org.gedkit.core.store.StoreConfig;
import org.junit.jupiter.api.Test;

class GedkitConnectTest {

  @Test
  void parse_takesCredentialsFromUserInfo() {
    StoreConfig c = Gedkit.parse("ezged+https://admin:s%40cret@host:8443/ezged", Map.of(), Map.of());
    assertThat(c.scheme()).isEqualTo("ezged");
    assertThat(c.baseUrl()).isEqualTo("https://host:8443/ezged");
    assertThat(c.user()).contains("admin");
    assertThat(c.password()).contains("s@cret");
    assertThat(c.toString()).doesNotContain("s@cret").contains("***");
  }

  @Test
  void parse_settingsWinOverUserInfoAndEnvironment() {
    StoreConfig c = Gedkit.parse("netexplorer+https://u:p@acme.netexplorer.pro",
        Map.of("password", "fromSettings"),
        Map.of("GEDKIT_NETEXPLORER_TOKEN", "envToken", "GEDKIT_NETEXPLORER_USER", "envUser"));
    assertThat(c.user()).contains("u");
    assertThat(c.password()).contains("fromSettings");
    assertThat(c.token()).contains("envToken");
    assertThat(c.baseUrl()).isEqualTo("https://acme.netexplorer.pro");
  }

  @Test
  void parse_environmentFillsMissingCredentials() {
    StoreConfig c = Gedkit.parse("qorus+http://localhost:8011", Map.of(),
        Map.of("GEDKIT_QORUS_USER", "admin", "GEDKIT_QORUS_PASSWORD", "pw"));
    assertThat(c.user()).contains("admin");
    assertThat(c.password()).contains("pw");
  }

  @Test
  void parse_rejectsMalformedUrisWithoutEchoingSecrets() {
    assertThatThrownBy(() -> Gedkit.parse("https://host", Map.of(), Map.of()))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("<backend>+https://");
    assertThatThrownBy(() -> Gedkit.parse("ezged+ftp://u:topsecret@host", Map.of(), Map.of()))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageNotContaining("topsecret");
    assertThatThrownBy(() -> Gedkit.parse(" ", Map.of(), Map.of())).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void connect_findsProvidersThroughServiceLoader() {
    assertThat(Gedkit.schemes()).contains("fake");
    try (DocumentStore store = Gedkit.connect("fake+https://example.test/x", Map.of("token", "t0k3n"))) {
      assertThat(store.backend()).isEqualTo("fake");
      assertThat(store.supports(Capability.METADATA)).isTrue();
      assertThat(store.supports(Capability.UPLOAD)).isFalse();
      assertThat(store.metadata("42").id()).isEqualTo("42");
      assertThatThrownBy(() -> store.delete("42")).isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("DELETE");
    }
    assertThat(FakeStoreProvider.lastConfig.token()).contains("t0k3n");
  }

  @Test
  void connect_fromProperties() {
    Properties p = new Properties();
    p.setProperty("gedkit.uri", "fake+http://127.0.0.1:9/base");
    p.setProperty("gedkit.user", "alice");
    try (DocumentStore store = Gedkit.connect(p)) {
      assertThat(store.backend()).isEqualTo("fake");
    }
    assertThat(FakeStoreProvider.lastConfig.user()).contains("alice");
    assertThat(FakeStoreProvider.lastConfig.baseUrl()).isEqualTo("http://127.0.0.1:9/base");
  }

  @Test
  void connect_unknownSchemeNamesTheAvailableOnes() {
    assertThatThrownBy(() -> Gedkit.connect("nope+https://host"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("nope").hasMessageContaining("fake");
  }
}
