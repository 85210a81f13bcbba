package org.gedkit.core.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.transfer.Checksum;

/**
 * A document's portable metadata: id, name, size, checksum (with its algorithm), dates, and what the
 * back end says beyond that in {@link #vendorExtras()}. Immutable.
 *
 * @param id the back end's id of the document (give it back to {@link DocumentStore})
 * @param name the document's name
 * @param containerId the container it is in, or null when unknown
 * @param sizeValue the size in bytes, or -1 when unknown
 * @param checksumValue the checksum the server gives, or null
 * @param mediaTypeValue the media type, or null
 * @param createdValue when it was created, or null
 * @param modifiedValue when it was last modified, or null
 * @param vendorExtras the back end's own fields
 */
public record DocumentInfo(String id, String name, String containerId, long sizeValue, Checksum checksumValue,
    String mediaTypeValue, OffsetDateTime createdValue, OffsetDateTime modifiedValue,
    Map<String, Object> vendorExtras) {

  /**
   * Checks and copies.
   *
   * @param id see the record description
   * @param name see the record description
   * @param containerId see the record description
   * @param sizeValue see the record description
   * @param checksumValue see the record description
   * @param mediaTypeValue see the record description
   * @param createdValue see the record description
   * @param modifiedValue see the record description
   * @param vendorExtras see the record description
   */
  public DocumentInfo {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
    vendorExtras = ExtraFields.copyOf(vendorExtras);
  }

  /**
   * The size, when known.
   *
   * @return the size; never null
   */
  @JsonIgnore
  public OptionalLong size() {
    return sizeValue < 0 ? OptionalLong.empty() : OptionalLong.of(sizeValue);
  }

  /**
   * The checksum the server gives, with its algorithm.
   *
   * @return the checksum; never null
   */
  @JsonIgnore
  public Optional<Checksum> checksum() {
    return Optional.ofNullable(checksumValue);
  }

  /**
   * The media type.
   *
   * @return the type; never null
   */
  @JsonIgnore
  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaTypeValue);
  }

  /**
   * When it was created.
   *
   * @return the date; never null
   */
  @JsonIgnore
  public Optional<OffsetDateTime> created() {
    return Optional.ofNullable(createdValue);
  }

  /**
   * When it was last modified.
   *
   * @return the date; never null
   */
  @JsonIgnore
  public Optional<OffsetDateTime> modified() {
    return Optional.ofNullable(modifiedValue);
  }
}
