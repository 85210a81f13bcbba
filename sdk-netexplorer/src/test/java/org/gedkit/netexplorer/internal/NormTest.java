package org.gedkit.netexplorer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gedkit.netexplorer.model.User;
import org.junit.jupiter.api.Test;

/** Model lists: read-only, without nulls, never sharing a caller's list, and read from JSON without a second copy. */
class NormTest {

  @Test
  void nullAndEmptyGiveAnEmptyList() {
    assertThat(Norm.list(null)).isEmpty();
    assertThat(Norm.list(List.of())).isEmpty();
  }

  @Test
  void nullsAreDroppedAndTheResultIsReadOnly() {
    List<Long> withNulls = Arrays.asList(1L, null, 2L, null);
    List<Long> out = Norm.list(withNulls);
    assertThat(out).containsExactly(1L, 2L);
    assertThatThrownBy(() -> out.add(3L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCallersListIsCopied() {
    List<Long> mine = new ArrayList<>(List.of(1L, 2L));
    List<Long> out = Norm.list(mine);
    mine.add(3L);
    assertThat(out).containsExactly(1L, 2L).isEqualTo(List.of(1L, 2L));
    assertThat(out.hashCode()).isEqualTo(List.of(1L, 2L).hashCode());
  }

  @Test
  void aListReadFromJsonIsKeptAsJacksonBuiltIt() throws Exception {
    User u = NetExplorerJson.mapper().readValue("{\"id\":\"u\",\"roots\":[1,2]}", User.class);
    assertThat(u.roots()).containsExactly(1L, 2L);
    assertThat(Norm.list(u.roots())).isSameAs(u.roots());
    assertThatThrownBy(() -> u.roots().clear()).isInstanceOf(UnsupportedOperationException.class);
    User withNull = NetExplorerJson.mapper().readValue("{\"id\":\"u\",\"roots\":[1,null,2]}", User.class);
    assertThat(withNull.roots()).containsExactly(1L, 2L);
  }
}
