package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.netexplorer.model.FileInfo;
import org.junit.jupiter.api.Test;

/**
 * Paged listings ({@code {offset_start, nb_objets|nb_objects, nb_total_objects, objects}}) are read in one streaming
 * pass, each object straight into its model: nothing is dropped, the envelope's quirks are still accepted, and a
 * broken page is a typed error naming the operation.
 */
class StreamingListingTest extends MockServerTest {

  @Test
  void unknownFieldsOfEachObjectAndOfTheEnvelopeAreKeptOrSkipped() throws Exception {
    json("{\"offset_start\":0,\"something_new\":{\"a\":[1,2]},\"nb_objets\":2,\"nb_total_objects\":\"2\",\"objects\":["
        + "{\"id\":1,\"name\":\"a\",\"creation\":\"2015-08-01T02:00:00+02:00\",\"zz_new\":[1,{\"k\":\"v\"}]},"
        + "{\"id\":2,\"name\":\"b\",\"zz_other\":null}],\"after\":true}");
    PagedIterable<FileInfo> all = nx.files().activity(10);
    List<FileInfo> files = all.toList();
    assertThat(files).extracting(FileInfo::name).containsExactly("a", "b");
    assertThat(files.get(0).extra()).containsEntry("zz_new", List.of(1, Map.of("k", "v")));
    assertThat(files.get(0).creation()).isPresent();
    assertThat(files.get(1).extra()).containsKey("zz_other");
    assertThat(all.totalCount()).hasValue(2);
  }

  @Test
  void aPlainArrayIsTheLastPageAndAMissingListIsEmpty() throws Exception {
    json("[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]");
    assertThat(nx.files().activity(2).toList()).extracting(FileInfo::id).containsExactly(1L, 2L);
    json("{\"offset_start\":0,\"nb_objets\":0,\"nb_total_objects\":0}");
    assertThat(nx.files().activity(2).toList()).isEmpty();
  }

  @Test
  void aBrokenPageIsAProtocolErrorNamingTheOperation() throws Exception {
    json("{\"offset_start\":0,\"nb_objets\":2,\"objects\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"na");
    assertThatThrownBy(() -> nx.files().activity(10).toList())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("netexplorer")
        .hasMessageContaining("GET_FILE_ACTIVITY")
        .hasMessageNotContaining("com.fasterxml");
  }

  @Test
  void anObjectOfTheWrongShapeOrAReplyThatIsNotAListingIsAProtocolError() throws Exception {
    json("{\"objects\":[{\"id\":\"not a number\",\"name\":\"a\"}]}");
    assertThatThrownBy(() -> nx.files().activity(10).toList())
        .isInstanceOf(ProtocolException.class).hasMessageContaining("GET_FILE_ACTIVITY");
    json("\"nothing\"");
    assertThatThrownBy(() -> nx.files().activity(10).toList())
        .isInstanceOf(ProtocolException.class).hasMessageContaining("expected a paged listing object");
    json("{\"nb_total_objects\":\"many\",\"objects\":[]}");
    assertThatThrownBy(() -> nx.files().activity(10).toList())
        .isInstanceOf(ProtocolException.class).hasMessageContaining("nb_total_objects");
  }

  @Test
  void aBrokenFileObjectReadByTheFastReaderIsStillAProtocolError() throws Exception {
    String[] broken = {
      "{\"id\":1,\"name\":\"a\",\"creation\":\"2015-13-45 99:99\"}",
      "{\"id\":1,\"lock\":\"locked\"}",
      "{\"id\":1,\"can_share\":\"maybe\"}",
      "{\"id\":9223372036854775808}",
      "{\"id\":1,\"zz\":[1,}",
    };
    for (String o : broken) {
      json("{\"offset_start\":0,\"nb_objets\":1,\"objects\":[" + o + "]}");
      assertThatThrownBy(() -> nx.files().activity(10).toList()).as(o)
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("GET_FILE_ACTIVITY")
          .hasMessageNotContaining("com.fasterxml");
    }
  }
}
