package org.gedkit.ezged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.Wire;
import org.gedkit.ezged.model.FileRevision;
import org.gedkit.ezged.model.GlobalSearchResult;
import org.gedkit.ezged.model.Row;
import org.junit.jupiter.api.Test;

/**
 * Listing replies ({@code query/getexec}, {@code query/globalsearch_v3}, {@code docpak/loadalllastrevision}) are read
 * with a streaming parser, and each row adopts the map built for it: nothing is dropped, the values are those the
 * tree reading gave, a broken reply is a typed error, and a row never changes after it is built.
 */
class StreamingRowsTest extends EzGedMockSupport {

  /** Every JSON shape a column can take, unknown column names included, plus a trailing comma (lenient parser). */
  static final String ODD_PAGE = "{\"errorcode\":0,\"errormsg\":\"ok\",\"extra_top\":{\"a\":[1,2]},\"rows\":["
      + "{\"type\":\"row\",\"ID\":\"1\",\"N_INT\":7,\"N_LONG\":12345678901,\"N_BIG\":123456789012345678901234567890,"
      + "\"N_FLOAT\":12.5,\"N_EXP\":1e3,\"B\":true,\"F\":false,\"NUL\":null,\"EMPTY\":\"\",\"LIST\":[1,\"x\",null,{\"k\":2}],"
      + "\"OBJ\":{\"k\":[true],\"n\":1.5},\"year(one.ONE_DATE)\":\"2015\",\"DUP\":1,\"DUP\":2,\"ACCENTS\":\"Relancé\\u00e9\\n\"},"
      + "{\"type\":\"row\",\"ID\":2,\"OTHER_COLUMNS\":\"only in this row\",},"
      + "null,"
      + "\"not an object\"],\"count\":\"4\"}";

  @Test
  void exec_keepsEveryColumnWithTheValuesTheTreeReadingGave() throws Exception {
    login();
    enqueue(ODD_PAGE);
    List<Row> rows = client.queries().exec(2, ExecOptions.builder().pageSize(10).build()).toList();

    List<Map<String, Object>> expected = new ArrayList<>();
    JsonNode tree = Wire.mapper().readTree(ODD_PAGE);
    for (JsonNode n : Envelope.check(tree, null).rowList()) {
      expected.add(Wire.columns(n));
    }
    assertThat(rows).hasSize(4);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).columns()).as("row %d", i).isEqualTo(expected.get(i));
      // same order, same value classes
      assertThat(new ArrayList<>(rows.get(i).columns().keySet())).isEqualTo(new ArrayList<>(expected.get(i).keySet()));
      for (String k : expected.get(i).keySet()) {
        Object v = expected.get(i).get(k);
        Object actual = rows.get(i).columns().get(k);
        assertThat(actual == null ? null : actual.getClass()).as(k).isEqualTo(v == null ? null : v.getClass());
      }
    }
    Row first = rows.get(0);
    assertThat(first.columns()).containsKeys("N_BIG", "year(one.ONE_DATE)", "NUL", "EMPTY");
    assertThat(first.get("N_INT")).contains(7);
    assertThat(first.get("N_LONG")).contains(12345678901L);
    assertThat(first.get("N_BIG")).contains(new BigInteger("123456789012345678901234567890"));
    assertThat(first.get("N_FLOAT")).contains(12.5);
    assertThat(first.get("DUP")).contains(2);
    assertThat(first.get("LIST")).contains(java.util.Arrays.asList(1, "x", null, Map.of("k", 2)));
    assertThat(first.string("ACCENTS")).contains("Relancéé\n");
    assertThat(rows.get(1).columns()).containsOnlyKeys("type", "ID", "OTHER_COLUMNS");
    assertThat(rows.get(2).columns()).isEmpty();
    assertThat(rows.get(3).columns()).isEmpty();
  }

  @Test
  void exec_readsALoneRowObjectAndAMissingRowList() throws Exception {
    login();
    enqueue("{\"errorcode\":0,\"rows\":{\"type\":\"row\",\"ID\":\"5\"},\"count\":1}");
    assertThat(client.queries().exec(2).toList()).extracting(r -> r.longValue("ID").orElseThrow()).containsExactly(5L);
    enqueue("{\"errorcode\":\"0\",\"rows\":null}");
    assertThat(client.queries().exec(2).toList()).isEmpty();
  }

  @Test
  void exec_brokenPage_isAProtocolErrorNamingTheOperation() throws Exception {
    login();
    enqueue("{\"errorcode\":0,\"rows\":[{\"type\":\"row\",\"ID\":\"1\"},{\"type\":\"row\",\"ID\":");
    assertThatThrownBy(() -> client.queries().exec(2).toList())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("ezged")
        .hasMessageContaining("query/getexec")
        .hasMessageContaining("not the JSON expected")
        .hasMessageNotContaining("com.fasterxml")
        .satisfies(e -> assertThat(((GedkitException) e).status()).hasValue(200));
  }

  @Test
  void exec_replyThatIsNotAnEnvelope_isAProtocolError() throws Exception {
    login();
    enqueue("{\"result\":[{\"ID\":1}]}");
    assertThatThrownBy(() -> client.queries().exec(2).toList())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("query/getexec")
        .hasMessageContaining("not an EzGED envelope");
    enqueue("[{\"ID\":1}]");
    assertThatThrownBy(() -> client.queries().exec(2).toList())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("not an EzGED envelope");
  }

  @Test
  void exec_vendorErrorCode_isStillMappedWhenItComesAfterTheRows() throws Exception {
    login();
    enqueue("{\"rows\":[],\"errorcode\":-7,\"errmsg\":\"Requête invalide\"}");
    assertThatThrownBy(() -> client.queries().exec(2).toList())
        .isInstanceOf(GedkitException.class)
        .hasMessageContaining("Requête invalide")
        .satisfies(e -> assertThat(((GedkitException) e).vendorCode()).contains("-7"));
  }

  @Test
  void adoptedRows_cannotBeChanged() throws Exception {
    login();
    enqueue(ODD_PAGE);
    Row row = client.queries().exec(2).toList().get(0);
    Map<String, Object> cols = row.columns();
    assertThatThrownBy(() -> cols.put("X", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cols.remove("ID")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cols.remove("NOT THERE")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(cols::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cols.putAll(Map.of("X", 1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cols.putIfAbsent("ID", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cols.computeIfAbsent("X", k -> 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cols.merge("ID", 1, (a, b) -> b)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cols.replaceAll((k, v) -> v)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cols.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> {
      var it = cols.keySet().iterator();
      it.next();
      it.remove();
    }).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cols.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(row.string("ID")).contains("1");
  }

  @Test
  void publicConstructor_stillCopiesAndSharesOnlyImmutableColumns() {
    Map<String, Object> mine = new LinkedHashMap<>();
    mine.put("A", "1");
    mine.put("B", null);
    Row row = new Row(mine);
    mine.put("A", "changed");
    mine.put("C", "new");
    assertThat(row.columns()).containsOnlyKeys("A", "B").containsEntry("A", "1");
    assertThat(new Row(row.columns()).columns()).isSameAs(row.columns());
    assertThat(new Row(row.columns())).isEqualTo(row).hasSameHashCodeAs(row);
    Map<String, Object> same = new LinkedHashMap<>();
    same.put("A", "1");
    same.put("B", null);
    assertThat(row.columns()).isEqualTo(same).isNotEqualTo(Map.of("A", "1"));
    assertThat(row.toString()).contains("A=1", "B=null");
    assertThat(new Row(null).columns()).isEmpty();
  }

  @Test
  void globalSearchAndLastRevisions_readTheSameWay() throws Exception {
    login();
    enqueue("{\"errorcode\":0,\"count\":2,\"rows\":[{\"type\":\"family\",\"QRY_ID\":\"2\",\"COUNT\":\"1\","
        + "\"SOMETHING_NEW\":[1]},{\"type\":\"gsearch\",\"QRY_ID\":\"2\",\"UNKNOWN\":\"kept\"}]}");
    GlobalSearchResult gs = client.queries().globalSearch(List.of("facture"));
    assertThat(gs.families()).hasSize(1);
    assertThat(gs.families().get(0).columns()).containsEntry("SOMETHING_NEW", List.of(1));
    assertThat(gs.families().get(0).hits().get(0).columns()).containsEntry("UNKNOWN", "kept");
    enqueue("{\"errorcode\":0,\"rows\":[{\"docpakfsfileid\":\"11\",\"fsfilename\":\"a.pdf\",\"NEW_COL\":true}]}");
    List<FileRevision> revs = client.files().lastRevisions("COURRIERS", 107).toList();
    assertThat(revs).hasSize(1);
    assertThat(revs.get(0).columns()).containsEntry("NEW_COL", true);
    enqueue("{\"errorcode\":0,\"rows\":[{\"docpakfsfileid\":\"11\"");
    assertThatThrownBy(() -> client.files().lastRevisions("COURRIERS", 107).toList())
        .isInstanceOf(ProtocolException.class).hasMessageContaining("docpak/loadalllastrevision");
  }
}
