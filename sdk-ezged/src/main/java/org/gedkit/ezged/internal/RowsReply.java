package org.gedkit.ezged.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.json.ModelCollections;
import org.gedkit.ezged.model.Row;

/**
 * A listing reply ({@code query/getexec}, {@code query/globalsearch_v3}, {@code docpak/loadalllastrevision}) read in
 * one streaming pass: the envelope {@code {errorcode, errmsg|errormsg, count, rows}} is unwrapped as {@link Envelope}
 * does, and each row's map is built straight from the parser and handed to its {@link Row} without a copy. No JSON
 * tree is built. Every column is kept, with the same values as {@link Wire#columns} gives (String, Integer, Long,
 * BigInteger, Double, Boolean, null; arrays and objects as List and Map). A reply that is not JSON, or not an
 * envelope, becomes a {@link ProtocolException} naming the back end and the operation.
 */
@JsonDeserialize(using = RowsReply.Reader.class)
public final class RowsReply {

  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
  private static final RowsReply NOT_AN_ENVELOPE = new RowsReply(false, 0, null, null, List.of());

  private final boolean envelope;
  private final int errorCode;
  private final String message;
  private final Long count;
  private final List<Row> rows;

  private RowsReply(boolean envelope, int errorCode, String message, Long count, List<Row> rows) {
    this.envelope = envelope;
    this.errorCode = errorCode;
    this.message = message;
    this.count = count;
    this.rows = rows;
  }

  /**
   * Reads and checks a listing reply; throws the mapped exception on a non-zero errorcode.
   *
   * @param response the reply
   * @return the rows and count; never null
   * @throws ProtocolException when the body is not JSON or not an EzGED envelope
   */
  public static RowsReply read(ApiResponse response) {
    RowsReply r = response.json(RowsReply.class);
    if (r == null || !r.envelope) {
      throw response.protocolError("the reply is not an EzGED envelope (no errorcode, no rows)");
    }
    if (r.errorCode != 0) {
      throw EzGedErrors.fromCode(r.errorCode, r.message, response.details());
    }
    return r;
  }

  /**
   * The rows: an array's elements, a lone object as one row, nothing when absent (an element that is not an object
   * gives a row without columns, as {@link Envelope#rowList()} with {@link Wire#columns} does).
   *
   * @return the rows, in reply order; never null
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * {@code count} as a number.
   *
   * @return the count; empty when missing, {@code false} or not numeric
   */
  public OptionalLong count() {
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }

  /**
   * The vendor message ({@code errormsg}, {@code errmsg} or {@code message}).
   *
   * @return the message, or null
   */
  public String message() {
    return message;
  }

  /** The streaming reader; Jackson creates it from the annotation. */
  static final class Reader extends StdDeserializer<RowsReply> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(RowsReply.class);
    }

    @Override
    public RowsReply deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        p.skipChildren();
        return NOT_AN_ENVELOPE;
      }
      boolean hasCode = false;
      boolean hasRows = false;
      int code = 0;
      Long count = null;
      String errormsg = null;
      String errmsg = null;
      String message = null;
      List<Row> rows = List.of();
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "rows" -> {
            hasRows = true;
            rows = rows(p, t, ctxt);
          }
          case "errorcode" -> {
            hasCode = true;
            code = errorCode(p, t);
          }
          case "count" -> count = lenientLong(p, t);
          case "errormsg" -> errormsg = text(p, t);
          case "errmsg" -> errmsg = text(p, t);
          case "message" -> message = text(p, t);
          default -> p.skipChildren();
        }
      }
      if (!hasCode && !hasRows) {
        return NOT_AN_ENVELOPE;
      }
      String msg = errormsg != null ? errormsg : errmsg != null ? errmsg : message;
      return new RowsReply(true, code, msg, count, rows);
    }

    private static List<Row> rows(JsonParser p, JsonToken t, DeserializationContext ctxt) throws IOException {
      if (t == JsonToken.START_OBJECT) {
        return List.of(new Row(ModelCollections.adopt(columns(p, ctxt, 16))));
      }
      if (t != JsonToken.START_ARRAY) {
        p.skipChildren();
        return List.of();
      }
      List<Row> out = new ArrayList<>();
      int capacity = 16;
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        if (e == null) {
          throw ctxt.wrongTokenException(p, List.class, JsonToken.END_ARRAY, "the rows list is cut");
        }
        if (e == JsonToken.START_OBJECT) {
          LinkedHashMap<String, Object> m = columns(p, ctxt, capacity);
          // size the next row's map for this one's columns (rows of a listing share them)
          capacity = Math.max(16, (int) (m.size() / 0.75f) + 1);
          out.add(new Row(ModelCollections.adopt(m)));
        } else {
          p.skipChildren();
          out.add(new Row(Map.of()));
        }
      }
      return out;
    }

    private static LinkedHashMap<String, Object> columns(JsonParser p, DeserializationContext ctxt, int capacity)
        throws IOException {
      LinkedHashMap<String, Object> m = new LinkedHashMap<>(capacity);
      for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
        m.put(k, value(p, p.nextToken(), ctxt));
      }
      return m;
    }

    /** One column value, as {@link Wire#plain} gives it from a tree node. */
    private static Object value(JsonParser p, JsonToken t, DeserializationContext ctxt) throws IOException {
      if (t == null) {
        throw ctxt.wrongTokenException(p, Object.class, JsonToken.END_OBJECT, "the row is cut");
      }
      switch (t) {
        case VALUE_STRING:
          return p.getText();
        case VALUE_NUMBER_INT:
          return p.getNumberValue();
        case VALUE_NUMBER_FLOAT:
          return ctxt.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              || p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL ? p.getDecimalValue() : p.getDoubleValue();
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NULL:
          return null;
        case VALUE_EMBEDDED_OBJECT:
          return p.getEmbeddedObject();
        default:
          // arrays and objects: List and Map, as ObjectMapper.convertValue(node, Object.class) gives them
          return ctxt.readValue(p, Object.class);
      }
    }

    /** As {@link Envelope}: null is 0, a number or numeric text is itself, anything else is -1. */
    private static int errorCode(JsonParser p, JsonToken t) throws IOException {
      if (t == JsonToken.VALUE_NULL) {
        return 0;
      }
      Long l = lenientLong(p, t);
      if (l == null || l.intValue() == Integer.MIN_VALUE) {
        return -1;
      }
      return l.intValue();
    }

    /** As {@link Wire#longOf}: a number, or a whole number in text; null for false, null, blank, text or a container. */
    private static Long lenientLong(JsonParser p, JsonToken t) throws IOException {
      switch (t) {
        case VALUE_NUMBER_INT:
          return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue().longValue()
              : p.getLongValue();
        case VALUE_NUMBER_FLOAT:
          return (long) p.getDoubleValue();
        case VALUE_STRING: {
          String s = p.getText().trim();
          return WHOLE.matcher(s).matches() ? Long.parseLong(s) : null;
        }
        default:
          p.skipChildren();
          return null;
      }
    }

    /** A message as {@code JsonNode.asText()} gives it: null for null, empty for a container. */
    private static String text(JsonParser p, JsonToken t) throws IOException {
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
        return "";
      }
      return p.getText();
    }
  }
}
