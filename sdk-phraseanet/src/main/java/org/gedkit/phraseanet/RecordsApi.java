package org.gedkit.phraseanet;

import java.util.List;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.phraseanet.internal.RepositoryWire;
import org.gedkit.phraseanet.model.CaptionField;
import org.gedkit.phraseanet.model.PhraseanetRecord;

/**
 * Phraseanet records (read-only). Not in the vendor quarantine page: these routes are the ones real
 * servers serve and the official SDK calls (captured replies in the shared fixtures). Thread-safe; get it
 * from {@link PhraseanetClient#records()}.
 */
public final class RecordsApi {

  /** Operation name of {@link #get(long, long)}. */
  public static final String OP_GET = "records.get";
  /** Operation name of {@link #caption(long, long)}. */
  public static final String OP_CAPTION = "records.caption";

  private final HttpTransport transport;

  RecordsApi(HttpTransport transport) {
    this.transport = transport;
  }

  /**
   * One record: {@code GET /api/v1/records/{databox_id}/{record_id}/}.
   *
   * @param databoxId the databox; positive
   * @param recordId the record; positive
   * @return the record; never null
   * @throws InvalidArgumentException when an id is not positive (checked before sending)
   * @throws org.gedkit.core.error.NotFoundException when there is no such record
   * @throws org.gedkit.core.error.GedkitException on any other failure
   */
  public PhraseanetRecord get(long databoxId, long recordId) {
    check(databoxId, recordId, OP_GET);
    ApiRequest request = ApiRequest.get(OP_GET).path("api/v1/records").pathParam(databoxId).pathParam(recordId)
        .trailingSlash().build();
    return transport.execute(request, RepositoryWire::record);
  }

  /**
   * A record's caption: {@code GET /api/v1/records/{databox_id}/{record_id}/caption/}.
   *
   * @param databoxId the databox; positive
   * @param recordId the record; positive
   * @return the caption fields in the server's order; never null
   * @throws InvalidArgumentException when an id is not positive (checked before sending)
   * @throws org.gedkit.core.error.GedkitException on any other failure
   */
  public List<CaptionField> caption(long databoxId, long recordId) {
    check(databoxId, recordId, OP_CAPTION);
    ApiRequest request = ApiRequest.get(OP_CAPTION).path("api/v1/records").pathParam(databoxId).pathParam(recordId)
        .path("caption/").build();
    return transport.execute(request, RepositoryWire::caption);
  }

  private void check(long databoxId, long recordId, String op) {
    if (databoxId <= 0) {
      throw new InvalidArgumentException("databoxId must be positive, was " + databoxId, transport.details(op));
    }
    if (recordId <= 0) {
      throw new InvalidArgumentException("recordId must be positive, was " + recordId, transport.details(op));
    }
  }

  @Override
  public String toString() {
    return "RecordsApi[" + transport + "]";
  }
}
