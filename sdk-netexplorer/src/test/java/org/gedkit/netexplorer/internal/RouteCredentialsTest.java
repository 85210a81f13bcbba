package org.gedkit.netexplorer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which path parameters are credentials, masked wherever a URL is shown. */
class RouteCredentialsTest {

  @Test
  void keysAndTokensAreCredentialsAndIdsAreNot() {
    assertThat(List.of("key", "token", "shareKey", "sharelinkKey", "ulinkKey")).allMatch(Routes::isCredential);
    assertThat(List.of("fileId", "sharelinkId", "shareEmailId", "type", "guId", "filter", "id"))
        .noneMatch(Routes::isCredential);
  }

  @Test
  void aKeyRouteMasksItsKeyInTheRequestsOwnText() {
    String text = Routes.GET_SHARELINK_KEY_SHARELINKKEY.request(new RouteContext("/api", false), "SHRKEY-1")
        .build().toString();
    assertThat(text).doesNotContain("SHRKEY-1").contains("/sharelink/key/***");
    assertThat(Routes.GET_SHARELINK_SHARELINKID.request(new RouteContext("/api", false), 42L).build().toString())
        .contains("/sharelink/42");
  }
}
