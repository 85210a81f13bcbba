package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gedkit.core.error.GedkitException;
import org.junit.jupiter.api.Test;

/**
 * OAuth2 errors: the text of an RFC 6749 error reply reaches the exception (its {@code error} is the vendor code), and
 * the authorization code, a credential, is masked when the server echoes it.
 */
class OAuthSecretsTest extends Part2MockServerTest {

  @Test
  void anEchoedAuthorizationCodeIsMaskedInTheError() throws Exception {
    reply(400, "{\"error\":\"invalid_grant\",\"error_description\":\"code AUTHZ-7f3e9c is expired\"}");
    OAuthTokenRequest request = OAuthTokenRequest.builder().grantType("authorization_code").code("AUTHZ-7f3e9c")
        .redirectUri("https://app/cb").clientId("abc").build();
    assertThatThrownBy(() -> nx.oauth().token(request))
        .isInstanceOf(GedkitException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("AUTHZ-7f3e9c").contains("is expired"))
        .satisfies(e -> assertThat(((GedkitException) e).vendorCode()).contains("invalid_grant"))
        .satisfies(e -> assertThat(((GedkitException) e).details().toString()).doesNotContain("AUTHZ-7f3e9c"));
    // what was sent is unchanged: only what is shown is masked
    assertThat(body(takeUnauthenticated("POST", "/oauth2/token"))).contains("code=AUTHZ-7f3e9c");
  }
}
