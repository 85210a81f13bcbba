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
import org.gedkit.parapheur.internal.ProofReader;
import org.gedkit.parapheur.internal.SafeHistoryXml;
import org.gedkit.parapheur.model.ProofResult;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ConflictException;
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
  /** Operation name of the proof. */
  public static final String OP_PROOF = "documents.proof";
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
        XML_EXPORT);
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
        XML_EXPORT).bytes();
  }

  /** An XML export is never a web page: an HTML reply (a proxy or login page sent with 200) is refused. */
  private static final DownloadOptions XML_EXPORT = DownloadOptions.builder().rejectHtml(true).build();

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

  /**
   * Downloads the whole folder of a document (signed document, attachments, proofs) as a ZIP into a file,
   * streamed: {@code GET /rest/documents/{id}/proof?mode=stream} (vendor document "Récupération du
   * faisceau de preuve"). Extract it with {@link ProofArchive#extract(Path, Path)}.
   *
   * @param documentId the document id; positive
   * @param target the file to write (replaced only when complete)
   * @return what was written, with its format told from its content; never null
   * @throws ConflictException (retryable later) while the document's workflow is not finished
   * @throws PermissionDeniedException when the document is out of the user's perimeter
   * @throws GedkitException for any other failure; the target is then left untouched
   */
  public ProofResult proof(long documentId, Path target) {
    return proof(documentId, ProofOptions.defaults(), target);
  }

  /**
   * Downloads the proof of a document into a file: {@code GET /rest/documents/{id}/proof} (vendor document
   * "Récupération du faisceau de preuve"). With {@code onlyProof} the reply is the proof alone (a PDF for an
   * eIDAS signature, XML otherwise), else the whole folder as a ZIP. The bytes are streamed (or decoded from
   * base64 as they arrive) into a temporary sibling file, moved into place only when complete and matching
   * the expected checksum, if one was given.
   *
   * <p>{@code onlyProof=false} is never sent: the server tests the raw text for PHP truthiness, so
   * {@code "false"} would mean true. The whole folder is asked for by leaving the parameter out.
   *
   * @param documentId the document id; positive
   * @param options the mode, proof-only flag and expected checksum
   * @param target the file to write
   * @return what was written, with its format told from its content; never null
   * @throws InvalidArgumentException when the id is not positive or an argument is null (before sending)
   * @throws ConflictException (retryable later) while the document's workflow is not finished
   * @throws PermissionDeniedException when the document is out of the user's perimeter
   * @throws ChecksumMismatchException when the bytes do not match the expected checksum (no file written)
   * @throws ProtocolException when a base64 reply is not JSON holding base64
   * @throws GedkitException for any other failure; the target is then left untouched
   */
  public ProofResult proof(long documentId, ProofOptions options, Path target) {
    checkId(documentId, OP_PROOF);
    requireArg(options, "options", OP_PROOF);
    requireArg(target, "target", OP_PROOF);
    return ProofReader.fetch(transport, proofRequest(documentId, options), options.mode() == ProofMode.BASE64, target,
        null, options.expectedChecksum().orElse(null));
  }

  /**
   * Downloads the proof of a document into a stream; see {@link #proof(long, ProofOptions, Path)}. The
   * bytes reach the stream as they arrive: when the download fails or the checksum does not match, what
   * the stream already received must be discarded by the caller.
   *
   * @param documentId the document id; positive
   * @param options the mode, proof-only flag and expected checksum
   * @param out where the bytes go (flushed, not closed)
   * @return what was written, with its format told from its content; never null
   * @throws InvalidArgumentException when the id is not positive or an argument is null (before sending)
   * @throws ConflictException (retryable later) while the document's workflow is not finished
   * @throws PermissionDeniedException when the document is out of the user's perimeter
   * @throws ChecksumMismatchException when the bytes do not match the expected checksum
   * @throws ProtocolException when a base64 reply is not JSON holding base64
   * @throws GedkitException for any other failure
   */
  public ProofResult proof(long documentId, ProofOptions options, OutputStream out) {
    checkId(documentId, OP_PROOF);
    requireArg(options, "options", OP_PROOF);
    requireArg(out, "out", OP_PROOF);
    return ProofReader.fetch(transport, proofRequest(documentId, options), options.mode() == ProofMode.BASE64, null,
        out, options.expectedChecksum().orElse(null));
  }

  private ApiRequest proofRequest(long documentId, ProofOptions options) {
    return ApiRequest.get(OP_PROOF).path("rest/documents").pathParam(documentId).path("proof")
        .query("mode", options.mode().wire())
        // never "false": PHP treats the non-empty string "false" as true; absent means the whole folder
        .query("onlyProof", options.onlyProof() ? "true" : null)
        .build();
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
