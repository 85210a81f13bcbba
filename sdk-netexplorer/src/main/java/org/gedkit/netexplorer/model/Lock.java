package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A lock on a file (seed "Verrou", lines 96-105).
 *
 * @param file GUID of the locked file (wire {@code file}); never null, empty when the server omits it
 * @param owner lock owner's full name (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId lock owner's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param locked the file is locked, by anyone (wire {@code locked})
 * @param writeable the file can be written (true when locked by the current user) (wire {@code writeable})
 * @param readable the file can be read (wire {@code readable})
 * @param date when the lock was set (wire {@code date}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Lock(
    @JsonProperty("file") Optional<String> file,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("locked") boolean locked,
    @JsonProperty("writeable") boolean writeable,
    @JsonProperty("readable") boolean readable,
    @JsonProperty("date") Optional<OffsetDateTime> date,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param file GUID of the locked file (wire {@code file}); never null, empty when the server omits it
   * @param owner lock owner's full name (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId lock owner's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param locked the file is locked, by anyone (wire {@code locked})
   * @param writeable the file can be written (true when locked by the current user) (wire {@code writeable})
   * @param readable the file can be read (wire {@code readable})
   * @param date when the lock was set (wire {@code date}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Lock {
    file = Norm.opt(file);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    date = Norm.opt(date);
    extra = ExtraFields.copyOf(extra);
  }
}
