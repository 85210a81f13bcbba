package org.gedkit.netexplorer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gedkit.netexplorer.model.FileInfo;
import org.junit.jupiter.api.Test;

/**
 * {@link FileInfoReader} gives what Jackson's bean deserializer gave: the same record (every field, extras in order)
 * or the same failure, for the server's shapes and for odd and hostile ones.
 */
class FileInfoReaderTest {

  private static final ObjectMapper FAST = NetExplorerJson.mapper();
  private static final ObjectMapper PLAIN = NetExplorerJson.newMapper(false);

  private static final String FULL = "{\"id\":458,\"guid\":\"g-1\",\"name\":\"MonImage.jpg\",\"parent_id\":1,"
      + "\"creation\":\"2015-08-01T02:00:00+02:00\",\"modification\":\"2015-08-01 02:00:00\",\"can_download\":true,"
      + "\"can_write\":false,\"can_edit\":true,\"can_delete\":false,\"can_share\":true,\"owner\":\"Alice\","
      + "\"owner_id\":\"u-42\",\"hash\":\"d41d8cd98f00b204e9800998ecf8427e\",\"size\":896652,"
      + "\"lock\":{\"id\":3,\"owner\":\"bob\"},\"nb_versions\":2,\"nb_annotations\":1,\"nb_unread_annotations\":0,"
      + "\"meta\":{\"pages\":10,\"date\":\"Sun Sep 1 00:00:00 2013\"},\"thumb_token\":\"2uY\",\"file_type\":\"image\","
      + "\"download_token\":\"dt\",\"path\":\"1/2/3\",\"total_annotations\":0,\"total_downloads\":4,"
      + "\"total_dlinks\":1,\"total_previews\":7,\"events\":[{\"id\":4588,\"type\":0,\"owner_id\":4788}]}";

  /** Each value put in each field, alone and inside the full object, and as an unknown field. */
  private static final String[] VALUES = {
    "null", "true", "false", "0", "1", "-1", "42", "2147483648", "-2147483649", "9223372036854775807",
    "9223372036854775808", "1e3", "1.5", "-0.0", "\"\"", "\" \"", "\"x\"", "\"12\"", "\" 12 \"", "\"29628,\"",
    "\"-\"", "\"true\"", "\"false\"", "\"1\"", "\"0\"", "\"yes\"", "\"2015-08-01T02:00:00+02:00\"",
    "\"2015-08-01 02:00\"", "\"2013-13-45 99:99\"", "\"0000-00-00 00:00:00\"", "\"Sun Sep 1 00:00:00 2013\"",
    "1438387200", "1438387200000", "[]", "[1]", "[\"a\"]", "[{}]", "{}", "{\"id\":1}", "{\"a\":[1,{\"b\":null}]}",
    "\"\\u00e9t\\u00e9 \\\"q\\\"\"",
  };

  private static final String[] FIELDS = {
    "id", "guid", "name", "parent_id", "creation", "modification", "can_download", "can_write", "can_edit",
    "can_delete", "can_share", "owner", "owner_id", "hash", "size", "lock", "nb_versions", "nb_annotations",
    "nb_unread_annotations", "meta", "thumb_token", "thumbs_token", "file_type", "download_token", "path",
    "total_annotations", "total_downloads", "total_download", "total_dlinks", "total_previews", "events",
    "zz_unknown", "ID", "extra",
  };

  @Test
  void everyValueInEveryFieldGivesTheSameRecordOrTheSameFailure() throws Exception {
    int n = 0;
    for (String f : FIELDS) {
      for (String v : VALUES) {
        same("{\"" + f + "\":" + v + "}");
        same("{\"id\":7,\"name\":\"a\",\"" + f + "\":" + v + ",\"zz\":1}");
        same(FULL.substring(0, FULL.length() - 1) + ",\"" + f + "\":" + v + "}");
        same("{\"" + f + "\":" + v + "," + FULL.substring(1));
        n += 4;
      }
    }
    assertThat(n).isGreaterThan(4000);
  }

  @Test
  void oddShapesGiveTheSameRecordOrTheSameFailure() throws Exception {
    String[] inputs = {
      FULL, "{}", "null", "[]", "[" + FULL + "]", "\"x\"", "1", "true",
      // duplicates: the last one wins, an alias and its property share a slot, unknown duplicates keep first order
      "{\"id\":1,\"id\":2,\"name\":\"a\",\"name\":\"b\"}",
      "{\"thumb_token\":\"a\",\"thumbs_token\":\"b\"}", "{\"thumbs_token\":\"b\",\"thumb_token\":\"a\"}",
      "{\"total_download\":1,\"total_downloads\":2}",
      "{\"z\":1,\"a\":2,\"z\":3}", "{\"z\":1,\"a\":2,\"z\":null}",
      FULL.substring(0, FULL.length() - 1) + ",\"zz\":1,\"id\":9,\"zz\":2}",
      FULL.substring(0, FULL.length() - 1) + ",\"name\":\"again\"}",
      // trailing commas are allowed by the NetExplorer mapper
      "{\"id\":1,\"name\":\"a\",}", "{\"id\":1,\"events\":[{\"id\":2},],}",
      // broken
      "{\"id\":1,\"name\":\"a\"", "{\"id\":1,\"name\":", "{\"id\":1,\"na", "{\"id\":1 \"name\":\"a\"}",
      "{\"id\":1,\"name\":\"a\"}}", "{\"id\":1,\"name\":\"a\" , , }", "{\"id\":nope}", "{\"creation\":\"2015-",
      "{\"lock\":\"locked\"}", "{\"meta\":[1,2]}", "{\"events\":{\"id\":1}}", "{\"events\":\"x\"}",
      "{\"events\":[1]}", "{\"can_share\":\"maybe\"}", "{\"size\":\"big\"}", "{\"nb_versions\":1e40}",
      "{\"id\":1e40}", "{\"id\":\"1e3\"}", "{\"parent_id\":\"abc\"}", "{\"parent_id\":1.9}",
      "{\"id\":1,\"name\":\"a\",\"zz\":[1,2}", "{\"id\":1,\"zz\":{\"a\":}}",
    };
    for (String in : inputs) {
      same(in);
    }
  }

  /**
   * The one intended difference. Jackson builds the record as soon as every creator parameter has been seen, and the
   * any-setter's parameter counts as one when a wire field is literally named {@code extra}; a field after that
   * makes it fail with an internal error ({@code FileInfo cannot be cast to Map}, or "No fallback setter"). The
   * reader does not copy that bug: it reads such an object like any other.
   */
  @Test
  void jacksonsEarlyBuildFailureIsNotCopied() {
    String[] inputs = {
      // every creator parameter seen (the "extra" key included) before more fields come
      FULL.substring(0, FULL.length() - 1) + ",\"extra\":{},\"zz\":1,\"name\":\"late\",\"zz\":2}",
      FULL.substring(0, FULL.length() - 1) + ",\"extra\":null,\"id\":5}",
      "{\"extra\":{\"a\":1}," + FULL.substring(1, FULL.length() - 1) + ",\"yy\":[],\"thumbs_token\":\"t\"}",
    };
    for (String in : inputs) {
      assertThat(outcome(PLAIN, in)).asString().as(in).startsWith("com.fasterxml.jackson.databind.");
      assertThat(outcome(FAST, in)).as(in).isInstanceOf(List.class);
    }
    FileInfo f = (FileInfo) ((List<?>) outcome(FAST, inputs[0])).get(0);
    assertThat(f.name()).isEqualTo("late");
    assertThat(f.extra()).containsExactly(java.util.Map.entry("zz", 1));
  }

  @Test
  void randomObjectsGiveTheSameRecordOrTheSameFailure() throws Exception {
    Random r = new Random(11);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder("{");
      int fields = r.nextInt(12);
      for (int j = 0; j < fields; j++) {
        if (j > 0) {
          sb.append(',');
        }
        sb.append('"').append(FIELDS[r.nextInt(FIELDS.length)]).append("\":").append(VALUES[r.nextInt(VALUES.length)]);
      }
      sb.append('}');
      same(sb.toString());
    }
  }

  @Test
  void listsOfFilesAndTheListingEnvelopeGiveTheSameItems() throws Exception {
    String page = "{\"offset_start\":0,\"nb_objets\":3,\"nb_total_objects\":3,\"objects\":[" + FULL
        + ",{\"id\":2,\"name\":\"b\",\"zz\":[1]},null]}";
    TypeReference<List<FileInfo>> list = new TypeReference<>() {};
    assertThat(FAST.readValue("[" + FULL + ",{\"id\":2},null]", list))
        .isEqualTo(PLAIN.readValue("[" + FULL + ",{\"id\":2},null]", list));
    com.fasterxml.jackson.databind.JavaType lt =
        FAST.getTypeFactory().constructParametricType(Listing.class, FileInfo.class);
    Listing<FileInfo> a = FAST.readValue(page, lt);
    Listing<FileInfo> b = PLAIN.readValue(page, PLAIN.getTypeFactory().constructParametricType(Listing.class,
        FileInfo.class));
    assertThat(items(a)).isEqualTo(items(b)).hasSize(3);
  }

  @Test
  void theFastReaderIsTheOneInUseAndThePlainMapperHasNone() throws Exception {
    assertThat(FAST.getDeserializationContext()).isNotNull();
    com.fasterxml.jackson.databind.DeserializationContext ctxt =
        ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) FAST.getDeserializationContext())
        .createInstance(FAST.getDeserializationConfig(), null, null);
    assertThat(ctxt.findRootValueDeserializer(FAST.constructType(FileInfo.class)))
        .isInstanceOf(FileInfoReader.class);
    com.fasterxml.jackson.databind.DeserializationContext plain =
        ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) PLAIN.getDeserializationContext())
        .createInstance(PLAIN.getDeserializationConfig(), null, null);
    assertThat(plain.findRootValueDeserializer(PLAIN.constructType(FileInfo.class)))
        .isNotInstanceOf(FileInfoReader.class);
  }

  private static List<Object> items(Listing<FileInfo> l) throws Exception {
    java.lang.reflect.Field f = Listing.class.getDeclaredField("items");
    f.setAccessible(true);
    return new ArrayList<>((List<?>) f.get(l));
  }

  private static void same(String json) {
    Object plain = outcome(PLAIN, json);
    Object fast = outcome(FAST, json);
    assertThat(fast).as("%s", json).isEqualTo(plain);
  }

  /** The record, or the failure's class and message (with the location Jackson gives). */
  private static Object outcome(ObjectMapper m, String json) {
    try {
      FileInfo f = m.readValue(json, FileInfo.class);
      return f == null ? "null" : List.of(f, f.extra().keySet().toString(), String.valueOf(f.extra().values()));
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
