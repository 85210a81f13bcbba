package org.gedkit.ezged.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.http.ApiResponse;

/**
 * The one place the EzGED reply envelope {@code {errorcode, errmsg|errormsg, count, rows}} is unwrapped.
 * A non-zero {@code errorcode} becomes the matching exception (see {@link EzGedErrors}).
 */
public final class Envelope {

  private final JsonNode root;
  private final int errorCode;
  private final String message;
  private final Long count;
  private final JsonNode rows;

  private Envelope(JsonNode root, int errorCode, String message, Long count, JsonNode rows) {
    this.root = root;
    this.errorCode = errorCode;
    this.message = message;
    this.count = count;
    this.rows = rows;
  }

  /** Reads and checks the envelope of a reply; throws the mapped exception on a non-zero errorcode. */
  public static Envelope read(ApiResponse response) {
    return check(response.jsonTree(), response.details());
  }

  /** Checks an already parsed reply. */
  public static Envelope check(JsonNode root, ErrorDetails ctx) {
    Envelope e = parse(root);
    if (e == null) {
      throw new ProtocolException("the reply is not an EzGED envelope (no errorcode, no rows)", ctx);
    }
    if (e.errorCode != 0) {
      throw EzGedErrors.fromCode(e.errorCode, e.message, ctx);
    }
    return e;
  }

  /** Parses without checking; null when the node is not an envelope. */
  public static Envelope parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      return null;
    }
    JsonNode code = root.get("errorcode");
    JsonNode rows = root.get("rows");
    if (code == null && rows == null) {
      return null;
    }
    int errorCode = code == null || code.isNull() ? 0 : Wire.intOf(code, Integer.MIN_VALUE);
    if (code != null && errorCode == Integer.MIN_VALUE) {
      errorCode = -1;
    }
    return new Envelope(root, errorCode, message(root), Wire.longOf(root.get("count")), rows);
  }

  /** The vendor message: the document writes {@code errmsg}, servers in the field {@code errormsg}. */
  static String message(JsonNode root) {
    for (String k : new String[] {"errormsg", "errmsg", "message"}) {
      JsonNode m = root.get(k);
      if (m != null && !m.isNull()) {
        return m.asText();
      }
    }
    return null;
  }

  public JsonNode root() {
    return root;
  }

  public int errorCode() {
    return errorCode;
  }

  public String message() {
    return message;
  }

  /** {@code count} as a number; empty when missing, {@code false} or not numeric. */
  public OptionalLong count() {
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }

  /** {@code rows} as an object (sec/authenticate); a missing node when absent. */
  public JsonNode rowsNode() {
    return rows == null ? root.path("rows") : rows;
  }

  /** {@code rows} as a list: an array's elements, a lone object as one row, nothing when absent. */
  public List<JsonNode> rowList() {
    List<JsonNode> out = new ArrayList<>();
    if (rows == null || rows.isNull() || rows.isMissingNode()) {
      return out;
    }
    if (rows.isArray()) {
      rows.forEach(out::add);
    } else if (rows.isObject()) {
      out.add(rows);
    }
    return out;
  }
}
