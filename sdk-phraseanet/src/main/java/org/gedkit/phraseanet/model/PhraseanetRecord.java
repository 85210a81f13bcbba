package org.gedkit.phraseanet.model;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;

/**
 * A Phraseanet record ({@code record} of {@code GET /api/v1/records/{databox_id}/{record_id}/}).
 * The thumbnail, technical information and other fields are kept in {@link #extra()}. Immutable.
 *
 * @param databoxId the databox ({@code databox_id})
 * @param recordId the record id inside the databox ({@code record_id})
 * @param collectionId the collection inside the databox ({@code collection_id})
 * @param title the title ({@code title}); empty when not sent
 * @param originalName the file name as uploaded ({@code original_name}); sanitise it before using it
 *     as a local path
 * @param mimeType the MIME type ({@code mime_type}); empty when not sent
 * @param phraseaType the kind of document ({@code phrasea_type}: image, video, audio, document,
 *     unknown...); empty when not sent
 * @param sha256 the document's SHA-256, lower-case hex ({@code sha256}); empty when not sent
 * @param uuid the document's UUID ({@code uuid}); empty when not sent
 * @param createdOn when it was created ({@code created_on}); empty for the MySQL zero date
 * @param updatedOn when it last changed ({@code updated_on}, or {@code last_modification} on API 1.0
 *     servers); empty for the zero date
 * @param extra wire fields this SDK does not type, never dropped
 */
public record PhraseanetRecord(
    long databoxId,
    long recordId,
    long collectionId,
    String title,
    String originalName,
    String mimeType,
    String phraseaType,
    String sha256,
    String uuid,
    Optional<OffsetDateTime> createdOn,
    Optional<OffsetDateTime> updatedOn,
    Map<String, Object> extra) {

  /**
   * Normalises the components: nulls become empty values, the digest is lower-cased.
   *
   * @param databoxId see the record description
   * @param recordId see the record description
   * @param collectionId see the record description
   * @param title see the record description
   * @param originalName see the record description
   * @param mimeType see the record description
   * @param phraseaType see the record description
   * @param sha256 see the record description
   * @param uuid see the record description
   * @param createdOn see the record description
   * @param updatedOn see the record description
   * @param extra see the record description
   */
  public PhraseanetRecord {
    title = Objects.requireNonNullElse(title, "");
    originalName = Objects.requireNonNullElse(originalName, "");
    mimeType = Objects.requireNonNullElse(mimeType, "");
    phraseaType = Objects.requireNonNullElse(phraseaType, "");
    sha256 = Objects.requireNonNullElse(sha256, "").trim().toLowerCase(java.util.Locale.ROOT);
    uuid = Objects.requireNonNullElse(uuid, "");
    createdOn = Objects.requireNonNullElse(createdOn, Optional.empty());
    updatedOn = Objects.requireNonNullElse(updatedOn, Optional.empty());
    extra = ExtraFields.copyOf(extra);
  }

  /**
   * The document's SHA-256 as a checksum, when the server sent a well-formed one.
   *
   * @return the checksum; never null
   */
  public Optional<Checksum> checksum() {
    try {
      return sha256.isEmpty() ? Optional.empty() : Optional.of(Checksum.of(ChecksumAlgorithm.SHA256, sha256));
    } catch (GedkitException e) {
      return Optional.empty();
    }
  }
}
