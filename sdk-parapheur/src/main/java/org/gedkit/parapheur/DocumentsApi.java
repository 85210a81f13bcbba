package org.gedkit.parapheur;

import java.time.ZoneId;
import java.util.List;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.parapheur.internal.HistoryMapper;
import org.gedkit.parapheur.model.HistoryEntry;

/**
 * The calls on one document: its history ("Récupération de l'historique d'un document") and its proof
 * bundle ("Récupération du faisceau de preuve"). Thread-safe; obtained from
 * {@link ParapheurClient#documents()}.
 */
public final class DocumentsApi {

  /** Operation name of the JSON history. */
  public static final String OP_HISTORY = "documents.history";

  private final HttpTransport transport;
  private final ZoneId zone;

  DocumentsApi(HttpTransport transport, ZoneId zone) {
    this.transport = transport;
    this.zone = zone;
  }

  /**
   * The history of a document, oldest first: {@code GET /rest/documents/{id}/history?mode=json}
   * (vendor document "History", "Si mode = json"). Reading the history adds a {@code VIEW} entry on the
   * server.
   *
   * @param documentId the document id; positive
   * @return the entries; never null, possibly empty
   * @throws InvalidArgumentException when the id is not positive (checked before sending)
   * @throws NotFoundException when the document does not exist (the server's 400 "Document does not exist")
   * @throws PermissionDeniedException when the document is out of the user's perimeter (403)
   * @throws AuthenticationException when the credentials are refused (401)
   * @throws ProtocolException when the reply is not a history
   * @throws GedkitException for any other failure
   */
  public List<HistoryEntry> history(long documentId) {
    checkId(documentId, OP_HISTORY);
    ApiRequest req = ApiRequest.get(OP_HISTORY).path("rest/documents").pathParam(documentId).path("history")
        .query("mode", "json").build();
    return transport.execute(req, r -> new HistoryMapper(zone, r::protocolError).history(r.jsonTree()));
  }

  private void checkId(long documentId, String op) {
    if (documentId <= 0) {
      throw new InvalidArgumentException("documentId must be positive, was " + documentId, transport.details(op));
    }
  }

  @Override
  public String toString() {
    return "DocumentsApi[" + transport + "]";
  }
}
