package org.gedkit.parapheur.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.json.GedkitDates;
import org.gedkit.parapheur.model.HistoryCode;
import org.gedkit.parapheur.model.HistoryEntry;
import org.gedkit.parapheur.model.HistoryUser;
import org.gedkit.parapheur.model.SignedDocument;

/**
 * The one place where history items (from JSON, or from the XML export turned into the same tree) become
 * {@link HistoryEntry} records: {@code data} is {@code []} when empty and an object otherwise, dates come in
 * two shapes, numbers may arrive as text, unknown fields go to {@code extra}.
 */
public final class HistoryMapper {

  private static final Set<String> ENTRY_FIELDS = Set.of("code", "type", "user", "date", "message", "data", "document");
  private static final Set<String> USER_FIELDS = Set.of("id", "email", "firstname", "lastname", "ip");
  private static final Set<String> DOCUMENT_FIELDS = Set.of("filename", "fingerprint", "mimeType", "certificate");

  private final ZoneId zone;
  private final Function<String, ProtocolException> errors;

  /**
   * Creates a mapper.
   *
   * @param zone the zone for dates without an offset
   * @param errors makes the exception for a malformed reply from a message
   */
  public HistoryMapper(ZoneId zone, Function<String, ProtocolException> errors) {
    this.zone = zone;
    this.errors = errors;
  }

  /**
   * Reads a history reply: {@code {"history": [...]}} (a bare array is accepted too).
   *
   * @param root the reply
   * @return the entries, in server order; never null
   * @throws ProtocolException when the reply does not have that shape
   */
  public List<HistoryEntry> history(JsonNode root) {
    JsonNode list = root != null && root.isObject() ? root.get("history") : root;
    if (list == null || list.isNull()) {
      throw errors.apply("the history reply has no \"history\" list");
    }
    if (list.isObject() && list.size() == 0) {
      return List.of();
    }
    if (!list.isArray()) {
      throw errors.apply("\"history\" is not a list but " + list.getNodeType());
    }
    List<HistoryEntry> out = new ArrayList<>(list.size());
    int i = 0;
    for (JsonNode item : list) {
      out.add(entry(item, i++));
    }
    return List.copyOf(out);
  }

  /**
   * Reads one history item.
   *
   * @param item the item
   * @param index its position, for messages
   * @return the entry; never null
   * @throws ProtocolException when the item is not an object or its date is not a date
   */
  public HistoryEntry entry(JsonNode item, int index) {
    if (item == null || !item.isObject()) {
      throw errors.apply("history item " + index + " is not an object");
    }
    String rawCode = text(item.get("code"));
    Optional<OffsetDateTime> date;
    String dateText = text(item.get("date"));
    try {
      date = GedkitDates.parse(dateText, zone);
    } catch (DateTimeException e) {
      throw errors.apply("history item " + index + " has a date that is not a date: " + e.getMessage());
    }
    return new HistoryEntry(HistoryCode.fromWire(rawCode), rawCode, text(item.get("type")), user(item.get("user")),
        date, text(item.get("message")), object(item.get("data")), document(item.get("document")),
        extra(item, ENTRY_FIELDS));
  }

  private HistoryUser user(JsonNode n) {
    if (n == null || !n.isObject()) {
      return HistoryUser.unknown();
    }
    OptionalLong id = OptionalLong.empty();
    JsonNode idNode = n.get("id");
    if (idNode != null && !idNode.isNull()) {
      if (idNode.canConvertToLong() && idNode.isIntegralNumber()) {
        id = OptionalLong.of(idNode.asLong());
      } else if (idNode.isTextual() && idNode.asText().trim().matches("-?\\d{1,18}")) {
        id = OptionalLong.of(Long.parseLong(idNode.asText().trim()));
      } else if (!idNode.asText().isBlank()) {
        throw errors.apply("user.id is not a number: " + idNode);
      }
    }
    return new HistoryUser(id, optText(n.get("email")), optText(n.get("firstname")), optText(n.get("lastname")),
        optText(n.get("ip")), extra(n, USER_FIELDS));
  }

  private Optional<SignedDocument> document(JsonNode n) {
    if (n == null || !n.isObject() || n.size() == 0) {
      return Optional.empty();
    }
    return Optional.of(new SignedDocument(text(n.get("filename")), text(n.get("fingerprint")),
        optText(n.get("mimeType")), optText(n.get("certificate")), extra(n, DOCUMENT_FIELDS)));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || !n.isValueNode() ? "" : n.asText();
  }

  private static Optional<String> optText(JsonNode n) {
    String s = text(n);
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** {@code data}: an object gives its fields, {@code []} or nothing gives empty, a list gives index keys. */
  private static Map<String, Object> object(JsonNode n) {
    if (n == null || n.isNull() || n.isValueNode()) {
      return Map.of();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        m.put(Integer.toString(i), plain(n.get(i)));
      }
    } else {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        m.put(e.getKey(), plain(e.getValue()));
      }
    }
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> extra(JsonNode n, Set<String> known) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!known.contains(e.getKey())) {
        m.put(e.getKey(), plain(e.getValue()));
      }
    }
    return m;
  }

  /** A JSON value as plain, unmodifiable Java values (maps, lists, strings, numbers, booleans, null). */
  static Object plain(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    if (n.isObject()) {
      return object(n);
    }
    if (n.isArray()) {
      List<Object> l = new ArrayList<>(n.size());
      n.forEach(x -> l.add(plain(x)));
      return Collections.unmodifiableList(l);
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber()) {
      return n.canConvertToLong() ? (Object) n.longValue() : n.bigIntegerValue();
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    return n.asText();
  }
}
