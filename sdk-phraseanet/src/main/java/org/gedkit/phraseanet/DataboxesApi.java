package org.gedkit.phraseanet;

import java.util.List;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.phraseanet.internal.RepositoryWire;
import org.gedkit.phraseanet.model.Databox;
import org.gedkit.phraseanet.model.DataboxCollection;

/**
 * Phraseanet databoxes (read-only). Not in the vendor quarantine page: these routes are the ones real
 * servers serve and the official SDK calls (captured replies in the shared fixtures). Thread-safe; get it
 * from {@link PhraseanetClient#databoxes()}.
 */
public final class DataboxesApi {

  /** Operation name of {@link #list()}. */
  public static final String OP_LIST = "databoxes.list";
  /** Operation name of {@link #collections(long)}. */
  public static final String OP_COLLECTIONS = "databoxes.collections";

  private final HttpTransport transport;

  DataboxesApi(HttpTransport transport) {
    this.transport = transport;
  }

  /**
   * The databoxes the token's user can see: {@code GET /api/v1/databoxes/list/}.
   *
   * @return the databoxes; never null
   * @throws org.gedkit.core.error.GedkitException on any failure
   */
  public List<Databox> list() {
    return transport.execute(ApiRequest.get(OP_LIST).path("api/v1/databoxes/list/").build(), RepositoryWire::databoxes);
  }

  /**
   * The collections of a databox: {@code GET /api/v1/databoxes/{databox_id}/collections/}.
   *
   * @param databoxId the databox; positive
   * @return the collections; never null
   * @throws InvalidArgumentException when the id is not positive (checked before sending)
   * @throws org.gedkit.core.error.GedkitException on any other failure
   */
  public List<DataboxCollection> collections(long databoxId) {
    if (databoxId <= 0) {
      throw new InvalidArgumentException("databoxId must be positive, was " + databoxId,
          transport.details(OP_COLLECTIONS));
    }
    ApiRequest request = ApiRequest.get(OP_COLLECTIONS).path("api/v1/databoxes").pathParam(databoxId)
        .path("collections/").build();
    return transport.execute(request, RepositoryWire::collections);
  }

  @Override
  public String toString() {
    return "DataboxesApi[" + transport + "]";
  }
}
