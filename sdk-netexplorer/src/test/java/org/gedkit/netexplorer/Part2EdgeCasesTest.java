package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gedkit.core.error.ConflictException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.model.Annotation;
import org.gedkit.netexplorer.model.ShareContentItem;
import org.gedkit.netexplorer.model.Ulink;
import org.junit.jupiter.api.Test;

/** Part-2 behaviour beyond the one-call request-exact tests: optional path parts, paging, errors, AsId, redaction. */
class Part2EdgeCasesTest extends Part2MockServerTest {

  @Test
  void shareContent_withoutFolder_dropsTheOptionalSegment() throws Exception {
    json("[{\"id\":1,\"entity_type\":1,\"name\":\"Dossier partagé\"}]");
    List<ShareContentItem> roots = nx.shares().content("K", null);
    take("GET", "/api/share/content/K");
    assertThat(roots).singleElement().satisfies(i -> assertThat(i.entityType()).contains(1));
  }

  @Test
  void pagedListing_isLazy_followsOffsets_andAcceptsBothCountSpellings() throws Exception {
    json("{\"offset_start\":0,\"nb_objets\":2,\"nb_total_objects\":3,\"objects\":[{\"id\":1},{\"id\":2}]}");
    json("{\"offset_start\":2,\"nb_objects\":1,\"nb_total_objects\":3,\"objects\":[{\"id\":3}]}");
    PagedIterable<Annotation> all = nx.annotations().listAll(2);
    assertThat(server.getRequestCount()).isZero();
    assertThat(all.stream().map(Annotation::id).toList()).containsExactly(1L, 2L, 3L);
    take("GET", "/api/annotations/all?offset=0&limit=2");
    take("GET", "/api/annotations/all?offset=2&limit=2");
    assertThat(all.totalCount()).hasValue(3);
  }

  @Test
  void pagedListing_takesAPlainArrayAsTheLastPage() throws Exception {
    json("[{\"id\":47,\"key\":\"emMC3e7v0IkI\"}]");
    assertThat(nx.ulinks().list(30).stream().map(Ulink::id).toList()).containsExactly(47L);
    take("GET", "/api/ulinks?offset=0&limit=30");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void vendorErrors_mapToKinds_withTheVendorMessage() throws Exception {
    reply(403, "{\"error\":\"Vous n'avez pas les droits suffisants\"}");
    assertThatThrownBy(() -> nx.rights().create(4, "14", RightFlags.none()))
        .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("droits suffisants");
    reply(423, "{\"error\":\"Fichier verrouillé\"}");
    assertThatThrownBy(() -> nx.locks().lock(77)).isInstanceOf(ConflictException.class);
    reply(200, "<html><body>maintenance</body></html>");
    assertThatThrownBy(() -> nx.tags().get(4)).isInstanceOf(ProtocolException.class);
  }

  @Test
  void asId_viewSendsTheHeaderOnPart2Groups() throws Exception {
    json("{\"id\":104}");
    nx.as("42").alerts().get(104);
    assertThat(take("GET", "/api/alert/104").getHeaders().get("AsId")).isEqualTo("42");
  }

  @Test
  void authorizationUrl_leavesOutUnsetParameters_andSendsNothing() {
    assertThat(nx.oauth().authorizationUrl("abc", "https://app/cb", null, null).toString())
        .isEqualTo(server.url("/oauth2/authorize?response_type=code&client_id=abc&redirect_uri=https%3A%2F%2Fapp%2Fcb")
            .toString());
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void secretsOfReplies_areHiddenByToString() throws Exception {
    json("{\"client_id\":\"abc\",\"client_secret\":\"s3cr3t-value\"}");
    assertThat(nx.oauth().resetSecret("abc").toString()).doesNotContain("s3cr3t-value").contains("clientSecret=***");
    take("POST", "/api/oauth2/app/abc/reset");
    json("{\"id\":1,\"key\":\"k\",\"access_token\":\"tok-value\",\"download_token\":\"dl-value\"}");
    assertThat(nx.sharelinks().get(1).toString()).doesNotContain("tok-value").doesNotContain("dl-value");
    take("GET", "/api/sharelink/1");
    json("{\"access_token\":\"at-value\",\"refresh_token\":\"rt-value\",\"token_type\":\"Bearer\"}");
    assertThat(nx.oauth().token(OAuthTokenRequest.builder().grantType("refresh_token").refreshToken("rt").build())
        .toString()).doesNotContain("at-value").doesNotContain("rt-value").contains("Bearer");
    assertThat(takeUnauthenticated("POST", "/oauth2/token").getHeaders().get("Content-Type"))
        .startsWith("application/x-www-form-urlencoded");
  }
}
