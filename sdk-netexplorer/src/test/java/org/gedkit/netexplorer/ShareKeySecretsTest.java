package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.netexplorer.internal.Routes;
import org.junit.jupiter.api.Test;

/**
 * A share, share-link or user-link key opens the shared content to whoever holds it: the key sits in the URL path,
 * so it is sent as is but masked in what the SDK shows (exception messages, their details, logs).
 */
class ShareKeySecretsTest extends Part2MockServerTest {

  private static final String KEY = "SHRKEY-5c1e0b7a";

  @Test
  void aShareLinkKeyIsMaskedInTheErrorButSent() throws Exception {
    reply(404, "{\"error\":\"no share link " + KEY + "\"}");
    assertThatThrownBy(() -> nx.sharelinks().byKey(KEY))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.getMessage()).doesNotContain(KEY).contains("/sharelink/key/***");
          assertThat(e.details().toString()).doesNotContain(KEY);
          assertThat(e.operation()).isEqualTo(Routes.GET_SHARELINK_KEY_SHARELINKKEY.operation());
        });
    assertThat(take("GET", "/api/sharelink/key/" + KEY).getUrl().encodedPath()).endsWith(KEY);
  }

  @Test
  void aShareKeyAndAUserLinkKeyAreMaskedToo() throws Exception {
    reply(500, "{\"error\":\"boom\"}");
    assertThatThrownBy(() -> nx.shares().byKey(KEY))
        .isInstanceOfSatisfying(GedkitException.class, e -> assertThat(e.getMessage()).doesNotContain(KEY));
    take("GET", "/api/share/key/" + KEY);
    reply(500, "{\"error\":\"boom\"}");
    assertThatThrownBy(() -> nx.ulinks().byKey(KEY))
        .isInstanceOfSatisfying(GedkitException.class, e -> assertThat(e.getMessage()).doesNotContain(KEY));
    take("GET", "/api/ulink/key/" + KEY);
  }

  @Test
  void modelsPrintTheirKeysAndTokensMasked() throws Exception {
    json("{\"id\":3,\"key\":\"" + KEY + "\",\"thumb_token\":\"THUMB-51f0e2\",\"is_valid\":true}");
    org.gedkit.netexplorer.model.Sharelink link = nx.sharelinks().get(3);
    assertThat(link.key()).contains(KEY);
    assertThat(link.toString()).doesNotContain(KEY).doesNotContain("THUMB-51f0e2").contains("key=***")
        .contains("isValid=Optional[true]");
    json("{\"id\":9,\"name\":\"a.pdf\",\"download_token\":\"DLTOK-77ab\",\"thumb_token\":\"THUMB-51f0e2\"}");
    org.gedkit.netexplorer.model.FileInfo file = nx.files().get(9);
    assertThat(file.downloadToken()).contains("DLTOK-77ab");
    assertThat(file.toString()).doesNotContain("DLTOK-77ab").doesNotContain("THUMB-51f0e2")
        .contains("downloadToken=***").contains("name=a.pdf").contains("thumbToken=***");
  }
}
