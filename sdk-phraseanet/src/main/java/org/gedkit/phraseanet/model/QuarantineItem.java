package org.gedkit.phraseanet.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;

/**
 * A document waiting in the Phraseanet quarantine (an element of {@code quarantine_items} of
 * {@code GET /api/v1/quarantine/list/}, or the {@code quarantine_item} of
 * {@code GET /api/v1/quarantine/item/{id}/}). Immutable.
 *
 * @param id the quarantine item id ({@code id})
 * @param session the upload session ({@code quarantine_session})
 * @param baseId the collection ({@code base_id}) the document was sent to
 * @param originalName the file name as uploaded ({@code original_name}), as the server sent it: sanitise
 *     it (e.g. {@code FileNameSanitizer}) before using it as a local path
 * @param sha256 the SHA-256 of the document, lower-case hex ({@code sha256}); empty when not sent
 * @param uuid the document's UUID ({@code uuid}); empty when not sent
 * @param forced whether the document was forced into quarantine ({@code forced}); then
 *     {@code checks} is empty
 * @param checks the messages of the checks that sent it to quarantine ({@code checks}), in the
 *     server's language; never null
 * @param createdOn when it entered quarantine ({@code created_on}); empty for the MySQL zero date
 * @param updatedOn when it last changed ({@code updated_on}); empty for the MySQL zero date
 * @param extra wire fields this SDK does not know yet, never dropped
 */
public record QuarantineItem(
    long id,
    QuarantineSession session,
    long baseId,
    String originalName,
    String sha256,
    String uuid,
    boolean forced,
    List<String> checks,
    Optional<OffsetDateTime> createdOn,
    Optional<OffsetDateTime> updatedOn,
    Map<String, Object> extra) {

  /**
   * Normalises the components: nulls become empty values, the digest is lower-cased.
   *
   * @param id see the record description
   * @param session see the record description
   * @param baseId see the record description
   * @param originalName see the record description
   * @param sha256 see the record description
   * @param uuid see the record description
   * @param forced see the record description
   * @param checks see the record description
   * @param createdOn see the record description
   * @param updatedOn see the record description
   * @param extra see the record description
   */
  public QuarantineItem {
    Objects.requireNonNull(session, "session");
    originalName = Objects.requireNonNullElse(originalName, "");
    sha256 = Objects.requireNonNullElse(sha256, "").trim().toLowerCase(java.util.Locale.ROOT);
    uuid = Objects.requireNonNullElse(uuid, "");
    checks = checks == null ? List.of() : List.copyOf(checks);
    createdOn = Objects.requireNonNullElse(createdOn, Optional.empty());
    updatedOn = Objects.requireNonNullElse(updatedOn, Optional.empty());
    extra = ExtraFields.copyOf(extra);
  }

  /**
   * The document's SHA-256 as a checksum, when the server sent a well-formed one.
   *
   * @return the checksum; empty when {@code sha256} is missing or not 64 hex digits; never null
   */
  public Optional<Checksum> checksum() {
    try {
      return sha256.isEmpty() ? Optional.empty() : Optional.of(Checksum.of(ChecksumAlgorithm.SHA256, sha256));
    } catch (GedkitException e) {
      return Optional.empty();
    }
  }
}
