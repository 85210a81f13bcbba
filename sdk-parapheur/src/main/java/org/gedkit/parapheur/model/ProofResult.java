package org.gedkit.parapheur.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.transfer.Checksum;

/**
 * What a proof download gave.
 *
 * @param format what the bytes are, told from their content
 * @param declaredFormat what the server said they are ({@code format} of the base64 reply, or the file
 *     extension / media type of the stream reply), when it said
 * @param bytes how many bytes were written
 * @param path the file written, for a file target
 * @param sha512 the SHA-512 of the bytes written
 */
public record ProofResult(ProofFormat format, Optional<String> declaredFormat, long bytes, Optional<Path> path,
    Checksum sha512) {

  /**
   * Normalises the components.
   *
   * @param format see the record description
   * @param declaredFormat see the record description
   * @param bytes see the record description
   * @param path see the record description
   * @param sha512 see the record description
   */
  public ProofResult {
    Objects.requireNonNull(format, "format");
    declaredFormat = declaredFormat == null ? Optional.empty() : declaredFormat;
    path = path == null ? Optional.empty() : path;
    Objects.requireNonNull(sha512, "sha512");
  }

  /**
   * Whether the server's declaration (when given) agrees with the content.
   *
   * @return false when the server declared another format than the bytes have
   */
  public boolean declarationMatches() {
    return declaredFormat.map(d -> ProofFormat.fromDeclared(d) == format).orElse(true);
  }
}
