package org.gedkit.ezged;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.EzGedContext;
import org.gedkit.ezged.internal.Wire;
import org.gedkit.ezged.model.InsertedRecord;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.WriteResult;

/**
 * Records (document sections "Créer un enregistrement", "Mettre-à-jour un enregistrement", "Supprimer un
 * enregistrement"). Fields and values are sent as two JSON lists in a form POST. Values are written as text:
 * {@link LocalDateTime} as {@code yyyy-MM-dd'T'HH:mm:ss} (the document's form), null as JSON null. Thread-safe.
 */
public final class RecordsApi {

  private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final EzGedContext ctx;

  RecordsApi(EzGedContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Creates a record ({@code doctbl/insertrow}).
   *
   * @param table the table ({@code tfqn})
   * @param values field name to value, in the order to send (use a {@link LinkedHashMap})
   * @return the new record id; never null
   * @throws InvalidArgumentException when the table is blank or there is no value
   * @throws GedkitException on failure (never retried blindly)
   */
  public InsertedRecord insert(String table, Map<String, ?> values) {
    ctx.requireText(Wire.INSERT, "table", table);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("tfqn", table);
    putFields(Wire.INSERT, form, values);
    ApiRequest req = Wire.servicePost(Wire.INSERT, form).build();
    return ctx.transport().execute(req, r -> {
      Envelope e = Envelope.read(r);
      for (var n : e.rowList()) {
        Row row = new Row(Wire.columns(n));
        if (row.has("RETID")) {
          return new InsertedRecord(row.longValue("RETID").orElse(0), row.columns());
        }
      }
      throw r.protocolError("doctbl/insertrow answered no RETID");
    });
  }

  /**
   * Updates fields of a record ({@code doctbl/updaterow}).
   *
   * @param table the table ({@code tfqn})
   * @param idField the primary key field ({@code field_ID}), e.g. {@code ONE_ID}
   * @param id the primary key ({@code value_ID})
   * @param values field name to new value, in order
   * @return the reply; never null
   * @throws InvalidArgumentException when an argument is invalid
   * @throws GedkitException on failure
   */
  public WriteResult update(String table, String idField, long id, Map<String, ?> values) {
    ctx.requireText(Wire.UPDATE, "table", table);
    ctx.requireText(Wire.UPDATE, "idField", idField);
    ctx.requirePositive(Wire.UPDATE, "id", id);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("tfqn", table);
    form.put("field_ID", idField);
    form.put("value_ID", Long.toString(id));
    putFields(Wire.UPDATE, form, values);
    return write(Wire.servicePost(Wire.UPDATE, form).idempotent(true).build());
  }

  /**
   * Deletes a record and its files ({@code doctbl/deleterowfiles}).
   *
   * @param table the table ({@code tfqn})
   * @param idField the primary key field ({@code field_ID})
   * @param id the primary key ({@code value_ID})
   * @param queryId the view the deletion is made from ({@code qryid})
   * @return the reply; never null
   * @throws InvalidArgumentException when an argument is invalid
   * @throws GedkitException on failure
   */
  public WriteResult deleteWithFiles(String table, String idField, long id, long queryId) {
    ctx.requireText(Wire.DELETE, "table", table);
    ctx.requireText(Wire.DELETE, "idField", idField);
    ctx.requirePositive(Wire.DELETE, "id", id);
    ctx.requirePositive(Wire.DELETE, "queryId", queryId);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("tfqn", table);
    form.put("field_ID", idField);
    form.put("value_ID", Long.toString(id));
    form.put("qryid", Long.toString(queryId));
    return write(Wire.servicePost(Wire.DELETE, form).build());
  }

  private WriteResult write(ApiRequest req) {
    return ctx.transport().execute(req, r -> {
      Envelope e = Envelope.read(r);
      List<Row> rows = new ArrayList<>();
      e.rowList().forEach(n -> rows.add(new Row(Wire.columns(n))));
      return new WriteResult(e.message(), rows);
    });
  }

  private void putFields(String op, Map<String, String> form, Map<String, ?> values) {
    ctx.requireNonNull(op, "values", values);
    if (values.isEmpty()) {
      throw ctx.invalid(op, "values must hold at least one field");
    }
    List<String> fields = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      ctx.requireText(op, "field name", e.getKey());
      fields.add(e.getKey());
      Object v = e.getValue();
      texts.add(v == null ? null : v instanceof LocalDateTime ldt ? ldt.format(ISO_SECONDS) : String.valueOf(v));
    }
    form.put("fields", Wire.jsonList(fields));
    form.put("values", Wire.jsonList(texts));
  }
}
