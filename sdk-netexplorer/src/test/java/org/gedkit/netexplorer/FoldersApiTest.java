package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.netexplorer.model.FileOrFolder;
import org.gedkit.netexplorer.model.Folder;
import org.gedkit.netexplorer.model.Quotas;
import org.gedkit.netexplorer.model.SearchResult;
import org.junit.jupiter.api.Test;

class FoldersApiTest extends MockServerTest {

  @Test
  void get_withDepthFullFilter() throws Exception {
    json("{\"id\":1,\"name\":\"Documents\",\"parent_id\":0,\"can_read\":true,\"content\":{\"files\":[{\"id\":4,"
        + "\"name\":\"a.txt\",\"hash\":\"d41d8cd98f00b204e9800998ecf8427e\"}],\"folders\":[{\"id\":2,\"name\":\"Sub\"}]},"
        + "\"creation\":\"2015-08-01T02:00:00+02:00\",\"quota\":-1}");
    Folder f = nx.folders().get(1, FolderQuery.builder().depth(2).recursive(true).filter(FolderQuery.Filter.ALL)
        .full().build());
    take("GET", "/api/folder/1?depth=2&recursive=1&filter=3&full=1");
    assertThat(f.name()).isEqualTo("Documents");
    assertThat(f.canRead()).isTrue();
    assertThat(f.content().get().files().get(0).hash()).contains("d41d8cd98f00b204e9800998ecf8427e");
    assertThat(f.content().get().folders().get(0).id()).isEqualTo(2);
    assertThat(f.creation().get().getOffset().getTotalSeconds()).isEqualTo(7200);
    assertThat(f.quota()).contains(-1L);
    assertThat(f.owner()).isEmpty();
    assertThatThrownBy(() -> nx.folders().get(0)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("folderId");
  }

  @Test
  void search_readsFoldersAndFiles() throws Exception {
    json("{\"folders\":[{\"id\":128,\"nom\":\"Dossier 1\"}],\"files\":[{\"id\":4788,\"nom\":\"MonFichier.docx\"}]}");
    SearchResult s = nx.folders().search(1, FolderQuery.builder().search("rapport").inNames(true).build());
    take("GET", "/api/folder/1?search=rapport&recursive=1&search_name=1");
    assertThat(s.folders()).hasSize(1);
    assertThat(s.files().get(0).extra()).containsEntry("nom", "MonFichier.docx");
    assertThatThrownBy(() -> nx.folders().search(1, FolderQuery.defaults()))
        .isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void timeline_readsEvents() throws Exception {
    json("{\"id\":128,\"events\":[{\"id\":1,\"type\":4,\"date\":\"2024-11-21T05:00:23+00:00\",\"geo\":{\"city\":"
        + "\"Paris\"},\"env\":{\"os\":\"Windows\",\"os_type\":1},\"owner_id\":54,\"data\":null}]}");
    Folder f = nx.folders().timeline(128);
    take("GET", "/api/folder/128/timeline");
    assertThat(f.events().get(0).geo().get().city()).contains("Paris");
    assertThat(f.events().get(0).env().get().osType()).contains(1);
    assertThat(f.events().get(0).ownerId()).contains("54");
    assertThat(f.events().get(0).data()).isEmpty();
  }

  @Test
  void roots_readsArray() throws Exception {
    json("[{\"id\":1,\"name\":\"foo\"},{\"id\":2,\"name\":\"bar\"}]");
    List<Folder> roots = nx.folders().roots(FolderQuery.builder().depth(-1).build());
    take("GET", "/api/folders?depth=-1");
    assertThat(roots).extracting(Folder::name).containsExactly("foo", "bar");
  }

  @Test
  void create_postsJson() throws Exception {
    json("{\"id\":9,\"name\":\"Mon nouveau dossier\",\"parent_id\":1}");
    Folder f = nx.folders().create(1, "Mon nouveau dossier", FolderUpdate.builder().quota(-1).purgeFrequency(0).build());
    RecordedRequest r = take("POST", "/api/folder");
    assertThat(body(r)).isEqualTo("{\"name\":\"Mon nouveau dossier\",\"parent_id\":1,\"quota\":-1,\"purge_frequency\":0}");
    assertThat(f.id()).isEqualTo(9);
    assertThatThrownBy(() -> nx.folders().create(1, "", FolderUpdate.none())).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void update_renameMove_putJson() throws Exception {
    json("{\"id\":9,\"name\":\"Finances 2017\"}");
    nx.folders().rename(9, "Finances 2017");
    assertThat(body(take("PUT", "/api/folder/9"))).isEqualTo("{\"name\":\"Finances 2017\"}");
    json("{\"id\":9,\"parent_id\":3}");
    assertThat(nx.folders().move(9, 3).parentId()).contains(3L);
    assertThat(body(take("PUT", "/api/folder/9"))).isEqualTo("{\"parent_id\":3}");
    json("{\"id\":9}");
    nx.folders().update(9, FolderUpdate.builder().quota(0).build());
    assertThat(body(take("PUT", "/api/folder/9"))).isEqualTo("{\"quota\":0}");
  }

  @Test
  void delete_trashOrDestroy() throws Exception {
    reply(200, "OK");
    nx.folders().delete(9, true);
    take("DELETE", "/api/folder/9?trash=1");
    reply(204, "");
    nx.folders().delete(9, false);
    take("DELETE", "/api/folder/9?trash=0");
  }

  @Test
  void pathLookups() throws Exception {
    json("{\"object\":\"Documents/Partagé/\"}");
    assertThat(nx.folders().pathOfFolder(5)).isEqualTo("Documents/Partagé/");
    take("GET", "/api/path?folder=5");
    json("{\"object\":\"Documents/Partagé/informations_diverses.docx\"}");
    assertThat(nx.folders().pathOfFile(6)).endsWith(".docx");
    take("GET", "/api/path?file=6");
    json("{\"object\":{\"id\":1458,\"name\":\"MonObjet\",\"hash\":\"abc\"}}");
    FileOrFolder o = nx.folders().objectAtPath("Documents/MonObjet");
    take("GET", "/api/objectpath?path=Documents%2FMonObjet");
    assertThat(o.isFile()).isTrue();
    assertThat(o.file().get().id()).isEqualTo(1458);
    reply(200, "OK");
    assertThat(nx.folders().isChildOf(5, 1)).isTrue();
    take("GET", "/api/ischildof?child=5&parent=1");
  }

  @Test
  void quotas_nullMeansNone() throws Exception {
    json("{\"platform\":{\"quota\":10000000000,\"used\":2048000000},\"user\":{\"quota\":null,\"used\":589412556},"
        + "\"folder\":{\"quota\":null,\"used\":5682555,\"folder\":142}}");
    Quotas q = nx.folders().quotas(142);
    take("GET", "/api/quotas?folder=142");
    assertThat(q.platform().get().quota()).contains(10000000000L);
    assertThat(q.user().get().quota()).isEmpty();
    assertThat(q.folder().get().folder()).contains(142L);
    json("{\"platform\":{\"quota\":null,\"used\":1}}");
    nx.folders().quotas();
    take("GET", "/api/quotas");
  }

  @Test
  void options_validateBeforeSending() {
    assertThatThrownBy(() -> FolderQuery.builder().depth(-2)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("depth");
    assertThatThrownBy(() -> FolderUpdate.builder().quota(-2)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("quota");
    assertThatThrownBy(() -> TransferOptions.builder().chunkSize(0)).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("chunkSize");
    assertThatThrownBy(() -> nx.folders().update(1, FolderUpdate.none())).isInstanceOf(InvalidArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
