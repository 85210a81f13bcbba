package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * One entity of a share (seed "Contenu de partage", lines 239-254).
 *
 * @param guid the file's GUID (files only) (wire {@code guid}); never null, empty when the server omits it
 * @param id the entity id (wire {@code id})
 * @param entityType entity type (0 file, 1 folder in the example) (wire {@code entity_type}); never null, empty when the server omits it
 * @param shareId the share (wire {@code share_id}); never null, empty when the server omits it
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param extension extension (files only) (wire {@code extension}); never null, empty when the server omits it
 * @param lock lock (files only) (wire {@code lock}); never null, empty when the server omits it
 * @param canDownload may be downloaded (wire {@code can_download}); never null, empty when the server omits it
 * @param canPreview may be previewed (wire {@code can_preview}); never null, empty when the server omits it
 * @param canEdit may be edited (wire {@code can_edit}); never null, empty when the server omits it
 * @param fileType preview type (files only) (wire {@code file_type}); never null, empty when the server omits it
 * @param size size in bytes (wire {@code size}); never null, empty when the server omits it
 * @param isFile whether it is a file (in the example) (wire {@code is_file}); never null, empty when the server omits it
 * @param parentId parent folder (in the example) (wire {@code parent_id}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record ShareContentItem(
    @JsonProperty("guid") Optional<String> guid,
    @JsonProperty("id") long id,
    @JsonProperty("entity_type") Optional<Integer> entityType,
    @JsonProperty("share_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> shareId,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("extension") Optional<String> extension,
    @JsonProperty("lock") Optional<Lock> lock,
    @JsonProperty("can_download") Optional<Boolean> canDownload,
    @JsonProperty("can_preview") Optional<Boolean> canPreview,
    @JsonProperty("can_edit") Optional<Boolean> canEdit,
    @JsonProperty("file_type") Optional<String> fileType,
    @JsonProperty("size") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> size,
    @JsonProperty("is_file") Optional<Boolean> isFile,
    @JsonProperty("parent_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> parentId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param guid the file's GUID (files only) (wire {@code guid}); never null, empty when the server omits it
   * @param id the entity id (wire {@code id})
   * @param entityType entity type (0 file, 1 folder in the example) (wire {@code entity_type}); never null, empty when the server omits it
   * @param shareId the share (wire {@code share_id}); never null, empty when the server omits it
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param extension extension (files only) (wire {@code extension}); never null, empty when the server omits it
   * @param lock lock (files only) (wire {@code lock}); never null, empty when the server omits it
   * @param canDownload may be downloaded (wire {@code can_download}); never null, empty when the server omits it
   * @param canPreview may be previewed (wire {@code can_preview}); never null, empty when the server omits it
   * @param canEdit may be edited (wire {@code can_edit}); never null, empty when the server omits it
   * @param fileType preview type (files only) (wire {@code file_type}); never null, empty when the server omits it
   * @param size size in bytes (wire {@code size}); never null, empty when the server omits it
   * @param isFile whether it is a file (in the example) (wire {@code is_file}); never null, empty when the server omits it
   * @param parentId parent folder (in the example) (wire {@code parent_id}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public ShareContentItem {
    guid = Norm.opt(guid);
    entityType = Norm.opt(entityType);
    shareId = Norm.opt(shareId);
    name = Norm.opt(name);
    extension = Norm.opt(extension);
    lock = Norm.opt(lock);
    canDownload = Norm.opt(canDownload);
    canPreview = Norm.opt(canPreview);
    canEdit = Norm.opt(canEdit);
    fileType = Norm.opt(fileType);
    size = Norm.opt(size);
    isFile = Norm.opt(isFile);
    parentId = Norm.opt(parentId);
    extra = ExtraFields.copyOf(extra);
  }
}
