package org.gedkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import example.models.ForeignRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCollectionsTest {

  private final ObjectMapper mapper = GedkitJson.newMapper();

  /** A model as the adapters write them. */
  record Model(@JsonProperty("labels") Map<String, Object> labels, @JsonProperty("ids") List<Long> ids,
      @JsonProperty("names") ArrayList<String> names, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
    Model {
      labels = ModelCollections.copyOf(labels);
      ids = ModelCollections.copyOf(ids);
      extra = ExtraFields.copyOf(extra);
    }
  }

  /** A model built through a static factory rather than its constructor. */
  record Built(Map<String, Object> labels) {
    Built {
      labels = ModelCollections.copyOf(labels);
    }

    @JsonCreator
    static Built of(@JsonProperty("labels") Map<String, Object> labels) {
      return new Built(labels);
    }
  }

  private static final String JSON = "{\"labels\":{\"z\":1,\"a\":null,\"m\":{\"n\":[1,2]}},\"ids\":[3,1,2],"
      + "\"names\":[\"x\"],\"k2\":\"v2\",\"k1\":null}";

  @Test
  void aReadModelHasReadOnlyCollectionsWithEveryEntryInOrder() throws Exception {
    Model m = mapper.readValue(JSON, Model.class);
    assertThat(m.labels()).containsExactly(Map.entry("z", 1), new java.util.AbstractMap.SimpleEntry<>("a", null),
        Map.entry("m", Map.of("n", List.of(1, 2))));
    assertThat(m.ids()).containsExactly(3L, 1L, 2L);
    assertThat(m.extra()).containsEntry("k2", "v2").containsKey("k1").hasSize(2);
    assertThatThrownBy(() -> m.labels().put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.labels().remove("z")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.labels().entrySet().iterator().next().setValue(5))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.labels().keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.ids().add(4L)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.ids().set(0, 4L)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.ids().sort(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.ids().removeIf(x -> true)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.extra().clear()).isInstanceOf(UnsupportedOperationException.class);
    // a change that would change nothing throws too, as Collections.unmodifiableMap/List do
    assertThatThrownBy(() -> m.labels().remove("not there")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.labels().putIfAbsent("z", 2)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.labels().putAll(Map.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.ids().remove(Long.valueOf(9))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.ids().addAll(List.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> {
      var it = m.ids().iterator();
      it.next();
      it.remove();
    }).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.ids().subList(0, 1).clear()).isInstanceOf(UnsupportedOperationException.class);
    // a parameter declared with a concrete type is Jackson's own list, as before
    assertThat(m.names()).isExactlyInstanceOf(ArrayList.class);
  }

  @Test
  void aReadModelEqualsPrintsAndHashesAsACopiedOneDoes() throws Exception {
    Model read = mapper.readValue(JSON, Model.class);
    Map<String, Object> labels = new LinkedHashMap<>();
    labels.put("z", 1);
    labels.put("a", null);
    labels.put("m", Map.of("n", List.of(1, 2)));
    Map<String, Object> extra = new HashMap<>();
    extra.put("k2", "v2");
    extra.put("k1", null);
    Model built = new Model(labels, List.of(3L, 1L, 2L), new ArrayList<>(List.of("x")), extra);
    assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(read.toString()).isEqualTo(built.toString());
    assertThat(read.labels().toString()).isEqualTo("{z=1, a=null, m={n=[1, 2]}}");
    assertThat(read.ids()).hasToString("[3, 1, 2]");
  }

  @Test
  void whatACallerPassesIsCopiedSoChangingItLaterChangesNothing() {
    Map<String, Object> labels = new LinkedHashMap<>(Map.of("a", 1));
    List<Long> ids = new ArrayList<>(List.of(1L));
    Map<String, Object> extra = new LinkedHashMap<>(Map.of("k", "v"));
    Model m = new Model(labels, ids, null, extra);
    labels.put("b", 2);
    ids.add(2L);
    extra.put("k2", "v2");
    assertThat(m.labels()).containsOnlyKeys("a");
    assertThat(m.ids()).containsExactly(1L);
    assertThat(m.extra()).containsOnlyKeys("k");
    // a read-only view a caller made is copied too: it may still change underneath
    Map<String, Object> backing = new LinkedHashMap<>(Map.of("a", 1));
    Model viewed = new Model(java.util.Collections.unmodifiableMap(backing), null, null, null);
    backing.put("b", 2);
    assertThat(viewed.labels()).containsOnlyKeys("a");
  }

  @Test
  void nullGivesEmptyCollections() {
    Model m = new Model(null, null, null, null);
    assertThat(m.labels()).isEmpty();
    assertThat(m.ids()).isEmpty();
    assertThat(m.extra()).isSameAs(Map.of());
  }

  @Test
  void aModelsOwnCollectionsAreKeptWhenPassedOnAndAFactoryCreatorWorksToo() throws Exception {
    Model m = mapper.readValue(JSON, Model.class);
    assertThat(ModelCollections.copyOf(m.labels())).isSameAs(m.labels());
    assertThat(ModelCollections.copyOf(m.ids())).isSameAs(m.ids());
    assertThat(ExtraFields.copyOf(m.extra())).isSameAs(m.extra());
    Built b = mapper.readValue("{\"labels\":{\"a\":1}}", Built.class);
    assertThat(b.labels()).containsExactly(Map.entry("a", 1));
    assertThatThrownBy(() -> b.labels().put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCopyIsMadeOnceAndAnAdoptedMapIsKeptAsItIs() {
    Map<String, Object> first = ModelCollections.copyOf(new LinkedHashMap<>(Map.of("a", 1)));
    assertThat(ModelCollections.copyOf(first)).isSameAs(first);
    List<Long> list = ModelCollections.copyOf(new ArrayList<>(List.of(1L)));
    assertThat(ModelCollections.copyOf(list)).isSameAs(list);
    Map<String, Object> built = new LinkedHashMap<>();
    built.put("b", null);
    built.put("a", 2);
    Map<String, Object> adopted = ModelCollections.adopt(built);
    assertThat(ModelCollections.copyOf(adopted)).isSameAs(adopted);
    assertThat(ModelCollections.adopt(adopted)).isSameAs(adopted);
    assertThat(ExtraFields.copyOf(adopted)).isSameAs(adopted);
    assertThat(adopted).containsExactly(new java.util.AbstractMap.SimpleEntry<>("b", null), Map.entry("a", 2));
    assertThatThrownBy(() -> adopted.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ModelCollections.adopt(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void recordsOutsideGedkitGetJacksonsMapsAsBefore() throws Exception {
    ForeignRecord r = mapper.readValue("{\"tags\":{\"a\":1}}", ForeignRecord.class);
    assertThat(r.tags()).containsEntry("a", 1).containsEntry("seen", true);
  }

  @Test
  void convertValueAndTreesGoTheSameWay() throws Exception {
    Model m = mapper.convertValue(mapper.readTree(JSON), Model.class);
    assertThat(m).isEqualTo(mapper.readValue(JSON, Model.class));
    assertThatThrownBy(() -> m.labels().put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
  }
}
