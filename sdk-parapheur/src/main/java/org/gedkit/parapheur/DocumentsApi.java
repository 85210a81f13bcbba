package org.gedkit.parapheur;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.transfer.DownloadOptions;
import org.gedkit.core.transfer.DownloadResult;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.Downloads;
import org.gedkit.parapheur.internal.SafeHistoryXml;
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
  /** Operation name of the XML history export. */
  public static final String OP_HISTORY_XML = "documents.historyXml";
  /** Operation name of reading an XML history export locally. */
  public static final String OP_PARSE_HISTORY_XML = "documents.parseHistoryXml";

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

  /**
   * Saves the XML history export of a document to a file: {@code GET /rest/documents/{id}/history?mode=xml}
   * (vendor document "History", "Si mode = xml"). The body is streamed to a temporary sibling file moved
   * into place only when complete; nothing is parsed. Read it later with {@link #parseHistoryXml(Path)}.
   *
   * @param documentId the document id; positive
   * @param target the file to write (replaced when complete)
   * @return the size and location of what was written; never null
   * @throws InvalidArgumentException when the id is not positive or the target is null
   * @throws NotFoundException when the document does not exist
   * @throws PermissionDeniedException when the document is out of the user's perimeter
   * @throws GedkitException for any other failure
   */
  public DownloadResult historyXml(long documentId, Path target) {
    checkId(documentId, OP_HISTORY_XML);
    requireArg(target, "target", OP_HISTORY_XML);
    return Downloads.download(transport, historyXmlRequest(documentId), DownloadTarget.toPath(target),
        DownloadOptions.defaults());
  }

  /**
   * Streams the XML history export of a document to a stream (vendor document "History", "Si mode = xml").
   *
   * @param documentId the document id; positive
   * @param out where the bytes go (flushed, not closed)
   * @return the number of bytes written
   * @throws InvalidArgumentException when the id is not positive or the stream is null
   * @throws NotFoundException when the document does not exist
   * @throws PermissionDeniedException when the document is out of the user's perimeter
   * @throws GedkitException for any other failure
   */
  public long historyXml(long documentId, OutputStream out) {
    checkId(documentId, OP_HISTORY_XML);
    requireArg(out, "out", OP_HISTORY_XML);
    return Downloads.download(transport, historyXmlRequest(documentId), DownloadTarget.toStream(out),
        DownloadOptions.defaults()).bytes();
  }

  private ApiRequest historyXmlRequest(long documentId) {
    return ApiRequest.get(OP_HISTORY_XML).path("rest/documents").pathParam(documentId).path("history")
        .query("mode", "xml").build();
  }

  /**
   * Reads a saved XML history export into entries, with a parser that refuses DTDs and external
   * entities (an XXE payload is an error, never resolved) and never reaches the network. Values read
   * from XML are text: {@code data} holds strings where the JSON history holds numbers.
   *
   * @param file the XML file
   * @return the entries, in document order; never null
   * @throws ProtocolException when the file is not a well-formed history or declares a DTD
   * @throws TransportException when the file cannot be read
   */
  public List<HistoryEntry> parseHistoryXml(Path file) {
    requireArg(file, "file", OP_PARSE_HISTORY_XML);
    try (InputStream in = Files.newInputStream(file)) {
      return parseHistoryXml(in);
    } catch (IOException e) {
      throw new TransportException("cannot read " + file + ": " + e.getMessage(),
          transport.details(OP_PARSE_HISTORY_XML), false, e);
    }
  }

  /**
   * Reads an XML history export from a stream (not closed); see {@link #parseHistoryXml(Path)}.
   *
   * @param in the XML
   * @return the entries, in document order; never null
   * @throws ProtocolException when the stream is not a well-formed history or declares a DTD
   */
  public List<HistoryEntry> parseHistoryXml(InputStream in) {
    requireArg(in, "in", OP_PARSE_HISTORY_XML);
    ErrorDetails d = transport.details(OP_PARSE_HISTORY_XML);
    java.util.function.Function<String, ProtocolException> errors = m -> new ProtocolException(m, d);
    return SafeHistoryXml.parse(in, new HistoryMapper(zone, errors), errors);
  }

  private void requireArg(Object value, String name, String op) {
    if (value == null) {
      throw new InvalidArgumentException(name + " must not be null", transport.details(op));
    }
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
