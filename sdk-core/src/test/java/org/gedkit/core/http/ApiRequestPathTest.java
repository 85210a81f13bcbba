package org.gedkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRequestPathTest {

  private final HttpTransport transport = HttpTransport.builder("test").baseUrl("https://h.example/root").build();

  @Test
  void literalEndingWithSlash_keepsTheTrailingSlash() {
    ApiRequest r = ApiRequest.get("op").path("api/v1/quarantine/list/").query("per_page", 10).build();
    assertThat(transport.resolve(r).toString()).isEqualTo("https://h.example/root/api/v1/quarantine/list/?per_page=10");
  }

  @Test
  void trailingSlash_afterAParameter() {
    ApiRequest r = ApiRequest.get("op").path("api/v1/records").pathParam("1").pathParam("a/b").trailingSlash().build();
    assertThat(transport.resolve(r).encodedPath()).isEqualTo("/root/api/v1/records/1/a%2Fb/");
    assertThat(r.toBuilder().build().trailingSlash()).isTrue();
  }

  @Test
  void segmentAfterASlashedLiteral_dropsTheSlash() {
    ApiRequest r = ApiRequest.get("op").path("api/").pathParam("x").build();
    assertThat(transport.resolve(r).encodedPath()).isEqualTo("/root/api/x");
    assertThat(r.trailingSlash()).isFalse();
  }
}
