package org.gedkit.ezged.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.json.GedkitJson;

/** Wire constants and small codecs of the EzGED protocol (routes, JSON lists, MD5, lenient numbers). */
public final class Wire {

  public static final String SERVICE_PATH = "data/service.php";
  public static final String SHOWDOCS_PATH = "data/showdocs.php";
  public static final String UPLOAD_PATH = "data/pupload.php";

  public static final String AUTHENTICATE = "sec/authenticate";
  public static final String KEEPALIVE = "secses/keepalive";
  public static final String LOGOUT = "secses/delete";
  public static final String TREE = "query/gettreearchive";
  public static final String EXEC = "query/getexec";
  public static final String GLOBAL_SEARCH = "query/globalsearch_v3";
  public static final String LAST_REVISIONS = "docpak/loadalllastrevision";
  public static final String SHOWDOCS = "showdocs";
  public static final String ACTIVITY = "log/getactivity";
  public static final String INSERT = "doctbl/insertrow";
  public static final String UPDATE = "doctbl/updaterow";
  public static final String DELETE = "doctbl/deleterowfiles";
  public static final String UPLOAD = "pupload";
  public static final String ADD_PAGES = "docpak/addpages";
  public static final String JOB_LOAD = "jobqueue/load";

  /** The session parameter name, in the query of GETs and in the form of POSTs. */
  public static final String SESSION_PARAM = "sessionid";

  private static final ObjectMapper MAPPER = GedkitJson.newMapper();

  static {
    // the document's own examples carry trailing commas; PHP never sends them but accepting them costs nothing,
    MAPPER.getFactory().configure(JsonReadFeature.ALLOW_TRAILING_COMMA.mappedFeature(), true);
    // and raw line breaks inside strings (the document's DESC and path values)
    MAPPER.getFactory().configure(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS.mappedFeature(), true);
  }

  private Wire() {}

  /** The mapper of the EzGED transport: the shared Gedkit one, accepting trailing commas. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A GET on {@code service.php?service=<service>}. */
  public static ApiRequest.Builder serviceGet(String service) {
    return ApiRequest.get(service).path(SERVICE_PATH).query("service", service);
  }

  /** A form POST on {@code service.php?service=<service>}. */
  public static ApiRequest.Builder servicePost(String service, Map<String, ?> form) {
    return ApiRequest.post(service).path(SERVICE_PATH).query("service", service).formBody(form);
  }

  /** MD5 hex of a clear password, as {@code sec/authenticate} expects. */
  public static String md5(String clear) {
    try {
      MessageDigest md = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md.digest(clear.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Encodes a list of strings as the compact JSON list EzGED expects, e.g. {@code ["a","b"]}. */
  public static String jsonList(List<String> values) {
    try {
      return MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses a JSON list of strings (used by the emulator side and tests too). */
  public static List<String> parseList(String json) {
    List<String> out = new ArrayList<>();
    JsonNode n = parseQuietly(json);
    if (n != null && n.isArray()) {
      n.forEach(x -> out.add(x.isNull() ? null : x.asText()));
    }
    return out;
  }

  static JsonNode parseQuietly(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  /** A number that may arrive as a number or a numeric string; {@code dflt} otherwise. */
  public static int intOf(JsonNode n, int dflt) {
    Long l = longOf(n);
    return l == null ? dflt : l.intValue();
  }

  /** A number that may arrive as a number or a numeric string; null for false, null, blank or text. */
  public static Long longOf(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode() || n.isBoolean()) {
      return null;
    }
    if (n.isIntegralNumber()) {
      return n.longValue();
    }
    if (n.isNumber()) {
      return (long) n.doubleValue();
    }
    if (n.isTextual()) {
      String s = n.asText().trim();
      if (s.matches("[+-]?\\d{1,18}")) {
        return Long.parseLong(s);
      }
    }
    return null;
  }

  /** Every column of a row object, wire values as plain Java values (String, Number, Boolean, List, Map, null). */
  public static Map<String, Object> columns(JsonNode row) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (row != null && row.isObject()) {
      row.properties().forEach(e -> m.put(e.getKey(), plain(e.getValue())));
    }
    return m;
  }

  static Object plain(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    // the hot path of paging: scalar columns are read directly; only arrays and objects go through Jackson
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.canConvertToInt() ? (Object) v.intValue() : v.canConvertToLong() ? (Object) v.longValue() : v.bigIntegerValue();
    }
    if (v.isFloatingPointNumber()) {
      return v.isBigDecimal() ? (Object) v.decimalValue() : (Object) v.doubleValue();
    }
    return MAPPER.convertValue(v, Object.class);
  }
}
