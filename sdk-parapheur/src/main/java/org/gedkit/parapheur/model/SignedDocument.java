package org.gedkit.parapheur.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;

/**
 * The signed document a signer's validation refers to ({@code document} of a history entry, present
 * only on a signing action).
 *
 * @param filename the file name on the server's docserver (not a local path: sanitise it before use)
 * @param fingerprint the SHA-512 fingerprint, as hex
 * @param mimeType the MIME type, e.g. {@code application/pdf}
 * @param certificate the signing certificate (subject, issuer and PEM), when the server read one
 * @param extra wire fields this SDK does not know yet
 */
public record SignedDocument(String filename, String fingerprint, Optional<String> mimeType,
    Optional<String> certificate, Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param filename see the record description
   * @param fingerprint see the record description
   * @param mimeType see the record description
   * @param certificate see the record description
   * @param extra see the record description
   */
  public SignedDocument {
    filename = filename == null ? "" : filename;
    fingerprint = fingerprint == null ? "" : fingerprint.trim().toLowerCase(Locale.ROOT);
    mimeType = mimeType == null ? Optional.empty() : mimeType;
    certificate = certificate == null ? Optional.empty() : certificate;
    extra = ExtraFields.copyOf(extra);
  }

  /**
   * The fingerprint as a SHA-512 checksum.
   *
   * @return the checksum, or empty when the fingerprint is not 128 hex digits
   */
  public Optional<Checksum> checksum() {
    try {
      return Optional.of(Checksum.of(ChecksumAlgorithm.SHA512, fingerprint));
    } catch (GedkitException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a local file has this document's SHA-512 fingerprint.
   *
   * @param file the file (e.g. the main document extracted from the proof archive)
   * @return true when the bytes match
   * @throws ProtocolException when the fingerprint is not a SHA-512 digest
   * @throws org.gedkit.core.error.TransportException when the file cannot be read
   */
  public boolean matches(Path file) {
    return requireChecksum().matches(file);
  }

  /**
   * Checks a local file against this document's SHA-512 fingerprint.
   *
   * @param file the file
   * @return the verified checksum; never null
   * @throws ChecksumMismatchException when the bytes do not match the fingerprint
   * @throws ProtocolException when the fingerprint is not a SHA-512 digest
   * @throws org.gedkit.core.error.TransportException when the file cannot be read
   */
  public Checksum verify(Path file) {
    Checksum expected = requireChecksum();
    Checksum actual = Checksum.compute(ChecksumAlgorithm.SHA512, file);
    if (!expected.equals(actual)) {
      throw new ChecksumMismatchException(ErrorDetails.of("parapheur", "documents.verifySignedDocument"),
          ChecksumAlgorithm.SHA512.jcaName(), expected.hex(), actual.hex());
    }
    return actual;
  }

  private Checksum requireChecksum() {
    return checksum().orElseThrow(() -> new ProtocolException("the fingerprint of " + filename
        + " is not a SHA-512 digest (128 hex digits): \"" + abbreviate(fingerprint) + "\"",
        ErrorDetails.of("parapheur", "documents.verifySignedDocument")));
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  @Override
  public String toString() {
    return "SignedDocument[" + filename + ", sha512=" + abbreviate(fingerprint) + ", " + mimeType.orElse("?")
        + (certificate.isPresent() ? ", certificate" : "") + "]";
  }
}
