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
 * An item of the trash (seed "Corbeille", lines 72-84).
 *
 * @param id trash item id (wire {@code id})
 * @param name name (wire {@code name}); never null
 * @param isFile a file (true) or a folder (false) (wire {@code is_file})
 * @param deletion deletion date (wire {@code deletion}); never null, empty when the server omits it
 * @param modification last modification before deletion (wire {@code modification}); never null, empty when the server omits it
 * @param owner owner's full name (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId owner's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param size size in bytes (wire {@code size}); never null, empty when the server omits it
 * @param nbFolders sub-folders (folders only) (wire {@code nb_folders}); never null, empty when the server omits it
 * @param nbFiles files (folders only) (wire {@code nb_files}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record TrashItem(
    @JsonProperty("id") long id,
    @JsonProperty("name") String name,
    @JsonProperty("is_file") boolean isFile,
    @JsonProperty("deletion") Optional<OffsetDateTime> deletion,
    @JsonProperty("modification") Optional<OffsetDateTime> modification,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("size") Optional<Long> size,
    @JsonProperty("nb_folders") Optional<Integer> nbFolders,
    @JsonProperty("nb_files") Optional<Integer> nbFiles,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id trash item id (wire {@code id})
   * @param name name (wire {@code name}); never null
   * @param isFile a file (true) or a folder (false) (wire {@code is_file})
   * @param deletion deletion date (wire {@code deletion}); never null, empty when the server omits it
   * @param modification last modification before deletion (wire {@code modification}); never null, empty when the server omits it
   * @param owner owner's full name (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId owner's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param size size in bytes (wire {@code size}); never null, empty when the server omits it
   * @param nbFolders sub-folders (folders only) (wire {@code nb_folders}); never null, empty when the server omits it
   * @param nbFiles files (folders only) (wire {@code nb_files}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public TrashItem {
    name = Norm.str(name);
    deletion = Norm.opt(deletion);
    modification = Norm.opt(modification);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    size = Norm.opt(size);
    nbFolders = Norm.opt(nbFolders);
    nbFiles = Norm.opt(nbFiles);
    extra = ExtraFields.copyOf(extra);
  }
}
