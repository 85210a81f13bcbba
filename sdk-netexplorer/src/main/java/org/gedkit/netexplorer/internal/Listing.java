package org.gedkit.netexplorer.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.paging.Page;

/**
 * A paged listing reply read in one streaming pass: the {@code {offset_start, nb_objets|nb_objects,
 * nb_total_objects, objects}} envelope (or a plain array, read as the last page), each object deserialized straight
 * from the parser into its model, without building a JSON tree first and converting each node afterwards.
 *
 * @param <T> the item type
 */
@JsonDeserialize(using = Listing.Reader.class)
public final class Listing<T> {

  private static final ClassValue<JavaType> TYPES = new ClassValue<>() {
    @Override
    protected JavaType computeValue(Class<?> type) {
      return NetExplorerJson.mapper().getTypeFactory().constructParametricType(Listing.class, type);
    }
  };

  private final List<T> items;
  private final boolean plainArray;
  private final boolean isObject;
  private final Long total;

  private Listing(List<T> items, boolean plainArray, boolean isObject, Long total) {
    this.items = items;
    this.plainArray = plainArray;
    this.isObject = isObject;
    this.total = total;
  }

  /**
   * Reads a paged listing reply.
   *
   * @param r the reply
   * @param type the item type
   * @param <T> the item type
   * @return the page
   * @throws org.gedkit.core.error.ProtocolException when the reply is not JSON, not a listing, or an item does not
   *     have the shape of {@code type}
   */
  public static <T> Page<T> read(ApiResponse r, Class<T> type) {
    Listing<T> l = r.json(TYPES.get(type));
    if (l == null || !l.plainArray && !l.isObject) {
      throw r.protocolError("expected a paged listing object");
    }
    if (l.plainArray) {
      return Page.last(l.items);
    }
    return l.total == null ? Page.of(l.items) : Page.of(l.items, l.total);
  }

  /** The streaming reader; contextual, so that it knows the item type. */
  static final class Reader extends StdDeserializer<Listing<?>> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient JavaType itemType;
    private final transient JsonDeserializer<Object> items;

    Reader() {
      this(null, null);
    }

    private Reader(JavaType itemType, JsonDeserializer<Object> items) {
      super(Listing.class);
      this.itemType = itemType;
      this.items = items;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
      JavaType t = ctxt.getContextualType();
      JavaType item = t == null ? null : t.containedType(0);
      if (item == null) {
        item = ctxt.constructType(Object.class);
      }
      return new Reader(item, null);
    }

    @Override
    public Listing<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonDeserializer<Object> d = items != null ? items : ctxt.findRootValueDeserializer(itemType);
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_ARRAY) {
        return new Listing<>(readItems(p, ctxt, d), true, false, null);
      }
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        return new Listing<>(List.of(), false, false, null);
      }
      List<Object> list = new ArrayList<>();
      Long total = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken v = p.nextToken();
        if ("objects".equals(name)) {
          if (v == JsonToken.START_ARRAY) {
            list = readItems(p, ctxt, d);
          } else if (v == JsonToken.START_OBJECT) {
            // a lone object where a list was expected, as iterating a tree object node would see its values
            for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
              p.nextToken();
              list.add(item(p, ctxt, d));
            }
          } else {
            p.skipChildren();
          }
        } else if ("nb_total_objects".equals(name)) {
          total = total(p, v, ctxt);
        } else {
          p.skipChildren();
        }
      }
      return new Listing<>(list, false, true, total);
    }

    private static List<Object> readItems(JsonParser p, DeserializationContext ctxt, JsonDeserializer<Object> d)
        throws IOException {
      List<Object> out = new ArrayList<>();
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        if (e == null) {
          throw ctxt.wrongTokenException(p, List.class, JsonToken.END_ARRAY, "the objects list is cut");
        }
        out.add(item(p, ctxt, d));
      }
      return out;
    }

    private static Object item(JsonParser p, DeserializationContext ctxt, JsonDeserializer<Object> d)
        throws IOException {
      return p.currentToken() == JsonToken.VALUE_NULL ? d.getNullValue(ctxt) : d.deserialize(p, ctxt);
    }

    /** {@code nb_total_objects} as a number or numeric text; anything else is no total. */
    private static Long total(JsonParser p, JsonToken v, DeserializationContext ctxt) throws IOException {
      switch (v) {
        case VALUE_NUMBER_INT:
          return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? null : p.getLongValue();
        case VALUE_NUMBER_FLOAT: {
          // as JsonNode.canConvertToLong() / asLong() did: truncated when in range
          double dv = p.getDoubleValue();
          return dv >= Long.MIN_VALUE && dv <= Long.MAX_VALUE ? (long) dv : null;
        }
        case VALUE_STRING: {
          String s = p.getText().trim();
          try {
            return Long.parseLong(s);
          } catch (NumberFormatException e) {
            throw ctxt.weirdStringException(s, Long.class, "nb_total_objects is not a whole number");
          }
        }
        default:
          p.skipChildren();
          return null;
      }
    }
  }
}
