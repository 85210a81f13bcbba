package org.gedkit.phraseanet.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.json.GedkitDates;
import org.gedkit.core.json.GedkitJson;

/**
 * Reads typed values out of a Phraseanet JSON tree, with the wire quirks in one place: numbers that may
 * come as strings, booleans as {@code 0/1}, PHP arrays that come as {@code []} or as objects, dates in
 * {@code DATE_ATOM} with the MySQL zero date {@code -0001-11-30T00:00:00+00:09} meaning "no date".
 * A value of the wrong shape is a {@link ProtocolException} naming the field.
 */
public final class Wire {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final ErrorDetails details;

  /**
   * A reader whose errors carry the given context.
   *
   * @param details the call's context
   */
  public Wire(ErrorDetails details) {
    this.details = details;
  }

  ProtocolException error(String message) {
    return new ProtocolException(message, details);
  }

  long requiredLong(JsonNode node, String field) {
    return optionalLong(node, field).orElseThrow(() -> error("the field \"" + field + "\" is missing"));
  }

  Optional<Long> optionalLong(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
      return Optional.empty();
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return Optional.of(v.asLong());
    }
    if (v.isTextual()) {
      try {
        return Optional.of(Long.parseLong(v.asText().trim()));
      } catch (NumberFormatException e) {
        throw error("the field \"" + field + "\" is not a whole number: \"" + abbreviate(v.asText()) + "\"");
      }
    }
    throw error("the field \"" + field + "\" is not a whole number but " + v.getNodeType());
  }

  Optional<String> optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isValueNode()) {
      throw error("the field \"" + field + "\" is not text but " + v.getNodeType());
    }
    return Optional.of(v.asText());
  }

  String text(JsonNode node, String field) {
    return optionalText(node, field).orElse("");
  }

  boolean bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNumber()) {
      return v.asInt() != 0;
    }
    if (v.isTextual()) {
      String s = v.asText().trim();
      if (s.equals("1") || s.equalsIgnoreCase("true")) {
        return true;
      }
      if (s.isEmpty() || s.equals("0") || s.equalsIgnoreCase("false")) {
        return false;
      }
    }
    throw error("the field \"" + field + "\" is not a boolean: " + abbreviate(v.toString()));
  }

  List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (v.isArray() || v.isObject()) {
      // a PHP array with non-sequential keys is encoded as an object: keep its values in order
      for (JsonNode e : v) {
        if (!e.isNull()) {
          out.add(e.isValueNode() ? e.asText() : e.toString());
        }
      }
      return List.copyOf(out);
    }
    if (v.isValueNode()) {
      return List.of(v.asText());
    }
    throw error("the field \"" + field + "\" is not a list");
  }

  Optional<OffsetDateTime> date(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || (v.isBoolean() && !v.asBoolean())) {
      return Optional.empty();
    }
    try {
      return GedkitDates.parse(v.asText());
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      throw error("the field \"" + field + "\" is not a date: \"" + abbreviate(v.asText()) + "\"");
    }
  }

  /**
   * The fields of an object that are not in {@code known}, as plain Java values, in wire order.
   *
   * @param node the object
   * @param known the field names the model maps
   * @return the unknown fields; never null
   */
  Map<String, Object> extras(JsonNode node, Set<String> known) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        out.put(e.getKey(), plain(e.getValue()));
      }
    }
    return out;
  }

  /**
   * A JSON tree as plain Java values (maps, lists, strings, numbers, booleans, null).
   *
   * @param node the tree
   * @return the value
   */
  static Object plain(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      return GedkitJson.mapper().convertValue(node, MAP);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(n -> list.add(plain(n)));
      return list;
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToInt() ? (Object) node.asInt() : (Object) node.asLong();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    return node.asText();
  }

  /**
   * A map of text values (e.g. {@code labels} by language); {@code []} or null give an empty map.
   */
  Map<String, String> textMap(JsonNode node, String field) {
    JsonNode v = node.get(field);
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null || v.isNull() || (v.isArray() && v.isEmpty())) {
      return out;
    }
    if (!v.isObject()) {
      throw error("the field \"" + field + "\" is not an object but " + v.getNodeType());
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      if (!e.getValue().isNull()) {
        out.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
      }
    }
    return out;
  }

  /**
   * The elements of a list that PHP may have encoded as an object keyed by id.
   */
  List<JsonNode> elements(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray() && !v.isObject()) {
      throw error("the field \"" + field + "\" is not a list but " + v.getNodeType());
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isObject()) {
        throw error("an element of \"" + field + "\" is not an object but " + e.getNodeType());
      }
      out.add(e);
    }
    return out;
  }

  JsonNode object(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      throw error("the field \"" + field + "\" is not an object but " + v.getNodeType());
    }
    return v;
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
