package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.netexplorer.model.FileInfo;
import org.junit.jupiter.api.Test;

class FilesApiTest extends MockServerTest {

  @Test
  void get_fullAndLight() throws Exception {
    json("{\"id\":458,\"name\":\"MonImage.jpg\",\"parent_id\":1,\"hash\":\"d41d8cd98f00b204e9800998ecf8427e\","
        + "\"lock\":null,\"meta\":{\"pages\":10,\"date\":\"Sun Sep 1 00:00:00 2013\"},\"thumbs_token\":\"2uY\"}");
    FileInfo f = nx.files().get(458, FieldSet.FULL);
    take("GET", "/api/file/458?full=1");
    assertThat(f.meta().get().pages()).contains(10);
    assertThat(f.thumbToken()).contains("2uY");
    assertThat(f.lock()).isEmpty();
    json("{\"id\":458,\"name\":\"x\"}");
    nx.files().get(458, FieldSet.LIGHT);
    take("GET", "/api/file/458?light=1");
  }

  @Test
  void activity_isPagedWithTotal() throws Exception {
    json("{\"offset_start\":0,\"nb_objets\":2,\"nb_total_objects\":3,\"objects\":[{\"id\":1,\"name\":\"a\"},"
        + "{\"id\":2,\"name\":\"b\"}]}");
    json("{\"offset_start\":2,\"nb_objects\":1,\"nb_total_objects\":3,\"objects\":[{\"id\":3,\"name\":\"c\"}]}");
    PagedIterable<FileInfo> all = nx.files().activity(2);
    assertThat(server.getRequestCount()).isZero();
    assertThat(all.totalCount()).hasValue(3);
    assertThat(all.stream().map(FileInfo::name).toList()).containsExactly("a", "b", "c");
    take("GET", "/api/file/activity?offset=0&limit=2");
    take("GET", "/api/file/activity?offset=2&limit=2");
    assertThatThrownBy(() -> nx.files().activity(0)).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void infos_pageCountAsString() throws Exception {
    json("{\"length\":\"2\"}");
    assertThat(nx.files().infos(7).length()).contains(2);
    take("GET", "/api/file/7/infos");
  }

  @Test
  void timeline_and_versions() throws Exception {
    json("[{\"id\":74885,\"name\":\"bilan_final.docx\",\"size\":896652,\"total_annotations\":0,\"total_download\":4,"
        + "\"events\":[{\"id\":4588,\"type\":0,\"owner_id\":4788}]},{\"id\":74810}]");
    List<FileInfo> t = nx.files().timeline(74885);
    take("GET", "/api/file/74885/timeline");
    assertThat(t.get(0).totalDownloads()).contains(4);
    assertThat(t.get(0).events()).hasSize(1);
    json("[{\"id\":5,\"name\":\"rapport2016.docx\"},{\"id\":4,\"name\":\"rapport2016.docx\"}]");
    assertThat(nx.files().versions(5)).extracting(FileInfo::id).containsExactly(5L, 4L);
    take("GET", "/api/file/5/versions");
  }

  @Test
  void create_update_rename_move() throws Exception {
    json("{\"id\":77,\"name\":\"rapport_2016.docx\",\"parent_id\":445}");
    nx.files().create(445, "rapport_2016.docx");
    assertThat(body(take("POST", "/api/file"))).isEqualTo("{\"name\":\"rapport_2016.docx\",\"parent_id\":445}");
    json("{\"id\":77,\"name\":\"presentation_2016.docx\",\"parent_id\":85}");
    nx.files().update(77, "presentation_2016.docx", 85L);
    assertThat(body(take("PUT", "/api/file/77"))).isEqualTo("{\"name\":\"presentation_2016.docx\",\"parent_id\":85}");
    json("{\"id\":77}");
    nx.files().rename(77, "n.docx");
    assertThat(body(take("PUT", "/api/file/77"))).isEqualTo("{\"name\":\"n.docx\"}");
    json("{\"id\":77}");
    nx.files().move(77, 3);
    assertThat(body(take("PUT", "/api/file/77"))).isEqualTo("{\"parent_id\":3}");
    assertThatThrownBy(() -> nx.files().update(77, null, null)).isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void delete_withVersionModes() throws Exception {
    reply(200, "OK");
    nx.files().delete(77);
    take("DELETE", "/api/file/77?trash=1&versions=all");
    reply(200, "OK");
    nx.files().delete(77, false, VersionsMode.PREVIOUS);
    take("DELETE", "/api/file/77?trash=0&versions=previous");
  }

  @Test
  void preview_and_thumbnail() throws Exception {
    reply(200, "<html>viewer</html>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    nx.files().preview(77, DownloadTarget.toStream(out));
    take("GET", "/api/preview/77");
    assertThat(out.toString()).contains("viewer");
    reply(200, "JPG");
    nx.files().thumbnail("2uYPf", DownloadTarget.toStream(new ByteArrayOutputStream()));
    take("GET", "/api/mixer/2uYPf");
  }

  @Test
  void zip_filesAndFolders() throws Exception {
    reply(200, "PK");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    nx.files().zip(List.of(1L, 2L), List.of(3L), DownloadTarget.toStream(out));
    take("GET", "/api/zip?files=1%2C2&folders=3");
    assertThat(out.toString()).isEqualTo("PK");
    assertThatThrownBy(() -> nx.files().zip(List.of(), List.of(), DownloadTarget.toStream(out)))
        .isInstanceOf(InvalidArgumentException.class);
  }
}
