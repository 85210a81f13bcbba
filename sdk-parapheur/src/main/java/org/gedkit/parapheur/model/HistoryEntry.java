package org.gedkit.parapheur.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;

/**
 * One entry of a document's history ({@code GET /rest/documents/{id}/history}, "Données").
 *
 * @param code the outcome, {@link HistoryCode#UNKNOWN} for a code this SDK does not know
 * @param rawCode the code as sent (e.g. {@code OK}); empty string when absent
 * @param type the action type, e.g. {@code CREATION}, {@code VIEW}, {@code ACTION}; empty string when absent
 * @param user who did it; never null (all fields empty when the server sent none)
 * @param date when, when the server sent a date ({@code dd-MM-yyyy HH:mm} on 20.03 servers, ISO-8601 on
 *     21.03 and later)
 * @param message the action's message, in the server's language; empty string when absent
 * @param data extra information about the action ({@code []} on the wire when empty); never null
 * @param document the signed document, only for a signer's validation
 * @param extra wire fields this SDK does not know yet
 */
public record HistoryEntry(HistoryCode code, String rawCode, String type, HistoryUser user,
    Optional<OffsetDateTime> date, String message, Map<String, Object> data, Optional<SignedDocument> document,
    Map<String, Object> extra) {

  /**
   * Normalises the components (nulls become empty values).
   *
   * @param code see the record description
   * @param rawCode see the record description
   * @param type see the record description
   * @param user see the record description
   * @param date see the record description
   * @param message see the record description
   * @param data see the record description
   * @param document see the record description
   * @param extra see the record description
   */
  public HistoryEntry {
    rawCode = rawCode == null ? "" : rawCode;
    code = code == null ? HistoryCode.fromWire(rawCode) : code;
    type = type == null ? "" : type;
    user = user == null ? HistoryUser.unknown() : user;
    date = date == null ? Optional.empty() : date;
    message = message == null ? "" : message;
    data = ExtraFields.copyOf(data);
    document = document == null ? Optional.empty() : document;
    extra = ExtraFields.copyOf(extra);
  }

  /**
   * Whether the action succeeded ({@code code} is {@code OK}).
   *
   * @return true for OK
   */
  public boolean isOk() {
    return code == HistoryCode.OK;
  }

  /**
   * Whether this entry is of a type, ignoring case.
   *
   * @param otherType e.g. {@code ACTION}
   * @return true when it is
   */
  public boolean isType(String otherType) {
    return type.equalsIgnoreCase(Objects.requireNonNull(otherType, "type"));
  }
}
