package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.model.AccessToken;
import org.gedkit.netexplorer.model.FileOrFolder;
import org.gedkit.netexplorer.model.TrashListing;
import org.junit.jupiter.api.Test;

class TrashAndTokensApiTest extends MockServerTest {

  @Test
  void trash_get_list_restore_destroy_purge() throws Exception {
    json("{\"id\":11567,\"name\":\"MonFichier.txt\",\"is_file\":true,\"deletion\":\"2015-07-18T20:59:00+0200\","
        + "\"owner_id\":\"22\",\"size\":15632}");
    assertThat(nx.trash().get(11567).deletion().get().getHour()).isEqualTo(20);
    take("GET", "/api/trash/11567");
    json("{\"folders\":[{\"id\":11568,\"name\":\"d\",\"is_file\":false}],\"files\":[{\"id\":958,\"name\":\"f\"}]}");
    TrashListing l = nx.trash().list();
    take("GET", "/api/trashes");
    assertThat(l.folders()).hasSize(1);
    assertThat(l.files().get(0).id()).isEqualTo(958);
    json("{\"id\":29753,\"parent_id\":\"29628,\",\"name\":\"Nouveau dossier\",\"can_read\":true}");
    FileOrFolder r = nx.trash().restore(11568, 15);
    assertThat(body(take("PUT", "/api/trash/11568"))).isEqualTo("{\"folder_id\":15}");
    assertThat(r.folder().get().parentId()).contains(29628L);
    reply(200, "OK");
    nx.trash().destroy(958);
    take("DELETE", "/api/trash/958");
    reply(200, "OK");
    nx.trash().purge();
    take("DELETE", "/api/trashes");
    reply(200, "OK");
    nx.trash().purgeAll();
    take("DELETE", "/api/trashes?purge=all");
  }

  @Test
  void tokens_allKinds() throws Exception {
    String tok = "{\"token\":\"eyJhbGciOiJBMjU2S1ciLCJlbm...\"}";
    json(tok);
    AccessToken t = nx.tokens().file(12, TokenType.DOWNLOAD);
    take("POST", "/api/token/file/12/download");
    assertThat(t.token()).startsWith("eyJ");
    assertThat(t.toString()).doesNotContain("eyJ");
    json(tok);
    nx.tokens().sharelinkDownload("K1", Map.of("password", "pw"));
    assertThat(body(take("POST", "/api/token/sharelink/K1/download"))).isEqualTo("{\"password\":\"pw\"}");
    json(tok);
    nx.tokens().shareFile("G-1", TokenType.PREVIEW, "K2", Map.of());
    take("POST", "/api/token/share/G-1/preview/K2");
    json(tok);
    nx.tokens().sharelinkFile("K3", 44, TokenType.VIDEO, Map.of());
    take("POST", "/api/token/sharelink/K3/44/video");
    json(tok);
    nx.tokens().shareDownload("K4", Map.of());
    take("POST", "/api/token/share/download/K4");
    json(tok);
    nx.tokens().template(8, TokenType.EDIT);
    take("POST", "/api/token/template/8/edit");
    assertThatThrownBy(() -> nx.tokens().file(12, TokenType.VIDEO)).isInstanceOf(InvalidArgumentException.class);
  }
}
