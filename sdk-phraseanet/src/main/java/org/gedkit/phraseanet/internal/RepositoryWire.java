package org.gedkit.phraseanet.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.phraseanet.model.CaptionField;
import org.gedkit.phraseanet.model.Databox;
import org.gedkit.phraseanet.model.DataboxCollection;
import org.gedkit.phraseanet.model.PhraseanetRecord;

/** Reads the databox and record replies from their {@code response} object. */
public final class RepositoryWire {

  private static final Set<String> DATABOX_FIELDS = Set.of("databox_id", "name", "viewname", "labels", "version");
  private static final Set<String> COLLECTION_FIELDS =
      Set.of("base_id", "collection_id", "name", "labels", "record_amount");
  private static final Set<String> RECORD_FIELDS = Set.of("databox_id", "record_id", "collection_id", "title",
      "original_name", "mime_type", "phrasea_type", "sha256", "uuid", "created_on", "updated_on", "last_modification");
  private static final Set<String> CAPTION_FIELDS = Set.of("meta_structure_id", "name", "value");

  private RepositoryWire() {}

  /**
   * Reads {@code response.databoxes}: a list (API 1.3) or an object keyed by id (API 1.0).
   *
   * @param r the reply
   * @return the databoxes; never null
   */
  public static List<Databox> databoxes(ApiResponse r) {
    JsonNode response = Envelope.unwrap(r);
    Wire w = new Wire(r.details());
    List<Databox> out = new ArrayList<>();
    for (JsonNode n : w.elements(response, "databoxes")) {
      out.add(new Databox(w.requiredLong(n, "databox_id"), w.text(n, "name"), w.text(n, "viewname"),
          w.textMap(n, "labels"), w.text(n, "version"), w.extras(n, DATABOX_FIELDS)));
    }
    return List.copyOf(out);
  }

  /**
   * Reads {@code response.collections}.
   *
   * @param r the reply
   * @return the collections; never null
   */
  public static List<DataboxCollection> collections(ApiResponse r) {
    JsonNode response = Envelope.unwrap(r);
    Wire w = new Wire(r.details());
    List<DataboxCollection> out = new ArrayList<>();
    for (JsonNode n : w.elements(response, "collections")) {
      out.add(new DataboxCollection(w.requiredLong(n, "base_id"), w.optionalLong(n, "collection_id").orElse(0L),
          w.text(n, "name"), w.textMap(n, "labels"), w.optionalLong(n, "record_amount"),
          w.extras(n, COLLECTION_FIELDS)));
    }
    return List.copyOf(out);
  }

  /**
   * Reads {@code response.record}.
   *
   * @param r the reply
   * @return the record; never null
   */
  public static PhraseanetRecord record(ApiResponse r) {
    JsonNode response = Envelope.unwrap(r);
    Wire w = new Wire(r.details());
    JsonNode n = w.object(response, "record");
    if (n == null) {
      throw w.error("the reply has no record");
    }
    return record(w, n);
  }

  static PhraseanetRecord record(Wire w, JsonNode n) {
    return new PhraseanetRecord(
        w.requiredLong(n, "databox_id"),
        w.requiredLong(n, "record_id"),
        w.optionalLong(n, "collection_id").orElse(0L),
        w.text(n, "title"),
        w.text(n, "original_name"),
        w.text(n, "mime_type"),
        w.text(n, "phrasea_type"),
        w.text(n, "sha256"),
        w.text(n, "uuid"),
        w.date(n, "created_on"),
        n.has("updated_on") ? w.date(n, "updated_on") : w.date(n, "last_modification"),
        w.extras(n, RECORD_FIELDS));
  }

  /**
   * Reads {@code response.caption_metadatas}.
   *
   * @param r the reply
   * @return the fields, in the server's order; never null
   */
  public static List<CaptionField> caption(ApiResponse r) {
    JsonNode response = Envelope.unwrap(r);
    Wire w = new Wire(r.details());
    List<CaptionField> out = new ArrayList<>();
    for (JsonNode n : w.elements(response, "caption_metadatas")) {
      out.add(new CaptionField(w.optionalLong(n, "meta_structure_id").orElse(0L), w.text(n, "name"),
          w.text(n, "value"), w.extras(n, CAPTION_FIELDS)));
    }
    return List.copyOf(out);
  }
}
