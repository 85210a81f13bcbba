package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootsApiTest extends MockServerTest {

  @Test
  void list_byType_portal() throws Exception {
    json("[{\"id\":1,\"name\":\"Documents\"}]");
    assertThat(nx.roots().list()).hasSize(1);
    take("GET", "/api/roots");
    json("{\"id\":2,\"name\":\"Privé\"}");
    assertThat(nx.roots().byType("private").get(0).id()).isEqualTo(2);
    take("GET", "/api/root/private");
    json("[]");
    assertThat(nx.roots().portal("all")).isEmpty();
    take("GET", "/api/root/portal/all");
  }
}
