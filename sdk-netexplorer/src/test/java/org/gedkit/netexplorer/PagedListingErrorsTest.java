package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.netexplorer.internal.Routes;
import org.junit.jupiter.api.Test;

/** A paged listing's own errors (bad page size, a server that ignores the offset) name the listing's route. */
class PagedListingErrorsTest extends Part2MockServerTest {

  @Test
  void aBadPageSizeNamesTheRouteAndSendsNothing() {
    assertThatThrownBy(() -> nx.signatures().list(0))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.operation()).isEqualTo(Routes.GET_SIGNATURES.operation());
          assertThat(e.backend()).isEqualTo("netexplorer");
          assertThat(e.getMessage()).contains("pageSize must be at least 1, was 0");
        });
    assertThatThrownBy(() -> nx.files().activity(-1))
        .isInstanceOfSatisfying(InvalidArgumentException.class,
            e -> assertThat(e.operation()).isEqualTo(Routes.GET_FILE_ACTIVITY.operation()));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aServerThatIgnoresTheOffsetMakesAProtocolErrorNamingTheRoute() {
    String page = "{\"offset_start\":0,\"nb_objets\":2,\"nb_total_objects\":10,\"objects\":[{\"id\":1,\"name\":\"a\"},"
        + "{\"id\":2,\"name\":\"b\"}]}";
    json(page);
    json(page);
    assertThatThrownBy(() -> nx.files().activity(2).stream().count())
        .isInstanceOfSatisfying(ProtocolException.class, e -> {
          assertThat(e.operation()).isEqualTo(Routes.GET_FILE_ACTIVITY.operation());
          assertThat(e.getMessage()).contains("the same 2 items again");
        });
  }
}
