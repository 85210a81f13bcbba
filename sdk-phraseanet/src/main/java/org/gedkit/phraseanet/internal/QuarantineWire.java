package org.gedkit.phraseanet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.phraseanet.model.PhraseanetUser;
import org.gedkit.phraseanet.model.QuarantineItem;
import org.gedkit.phraseanet.model.QuarantineSession;

/** Reads the quarantine replies (list and item) from their {@code response} object. */
public final class QuarantineWire {

  private static final Set<String> ITEM_FIELDS = Set.of("id", "quarantine_session", "base_id", "original_name",
      "sha256", "uuid", "forced", "checks", "created_on", "updated_on");
  private static final Set<String> SESSION_FIELDS = Set.of("id", "usr_id", "user");
  private static final Set<String> USER_FIELDS = Set.of("id", "login", "email", "display_name", "first_name",
      "last_name", "created_on", "last_connection");

  private QuarantineWire() {}

  /**
   * One page of {@code GET /api/v1/quarantine/list/}.
   *
   * @param items the items
   * @param perPage the page size the server used ({@code per_page}, echoed after clamping), or -1
   */
  public record ListPage(List<QuarantineItem> items, int perPage) {}

  /**
   * Reads a list reply.
   *
   * @param r the reply (for the error context)
   * @return the page; never null
   */
  public static ListPage list(ApiResponse r) {
    JsonNode response = Envelope.unwrap(r);
    Wire w = new Wire(r.details());
    JsonNode items = response.get("quarantine_items");
    List<QuarantineItem> out = new ArrayList<>();
    if (items != null && !items.isNull()) {
      if (!items.isArray() && !items.isObject()) {
        throw w.error("quarantine_items is not a list but " + items.getNodeType());
      }
      for (JsonNode n : items) {
        out.add(item(w, n));
      }
    }
    int perPage = w.optionalLong(response, "per_page").map(Long::intValue).orElse(-1);
    return new ListPage(List.copyOf(out), perPage);
  }

  /**
   * Reads an item reply ({@code response.quarantine_item}).
   *
   * @param r the reply
   * @return the item; never null
   */
  public static QuarantineItem one(ApiResponse r) {
    JsonNode response = Envelope.unwrap(r);
    Wire w = new Wire(r.details());
    JsonNode item = w.object(response, "quarantine_item");
    if (item == null) {
      throw w.error("the reply has no quarantine_item");
    }
    return item(w, item);
  }

  static QuarantineItem item(Wire w, JsonNode n) {
    if (!n.isObject()) {
      throw w.error("a quarantine item is not an object but " + n.getNodeType());
    }
    JsonNode s = w.object(n, "quarantine_session");
    QuarantineSession session = s == null
        ? new QuarantineSession(0, Optional.empty(), Optional.empty(), null)
        : session(w, s);
    return new QuarantineItem(
        w.requiredLong(n, "id"),
        session,
        w.optionalLong(n, "base_id").orElse(0L),
        w.text(n, "original_name"),
        w.text(n, "sha256"),
        w.text(n, "uuid"),
        w.bool(n, "forced"),
        w.strings(n, "checks"),
        w.date(n, "created_on"),
        w.date(n, "updated_on"),
        w.extras(n, ITEM_FIELDS));
  }

  static QuarantineSession session(Wire w, JsonNode s) {
    JsonNode u = w.object(s, "user");
    return new QuarantineSession(
        w.optionalLong(s, "id").orElse(0L),
        w.optionalLong(s, "usr_id"),
        u == null ? Optional.empty() : Optional.of(user(w, u)),
        w.extras(s, SESSION_FIELDS));
  }

  static PhraseanetUser user(Wire w, JsonNode u) {
    return new PhraseanetUser(
        w.optionalLong(u, "id").orElse(0L),
        w.text(u, "login"),
        w.optionalText(u, "email"),
        w.text(u, "display_name"),
        w.optionalText(u, "first_name"),
        w.optionalText(u, "last_name"),
        w.date(u, "created_on"),
        w.date(u, "last_connection"),
        w.extras(u, USER_FIELDS));
  }
}
