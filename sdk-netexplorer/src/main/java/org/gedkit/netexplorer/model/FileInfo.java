package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A file version (seed "Fichier", lines 46-71). Fields marked full are only sent in full mode; light mode drops creation, owner and owner_id. The timeline call adds its totals and events. Its toString() hides credentials.
 *
 * @param id unique numeric id of this version (wire {@code id})
 * @param guid global unique id of the file (wire {@code guid}); never null, empty when the server omits it
 * @param name file name (wire {@code name}); never null
 * @param parentId parent folder id (wire {@code parent_id}); never null, empty when the server omits it
 * @param creation creation date of this version (not in light mode) (wire {@code creation}); never null, empty when the server omits it
 * @param modification last modification of the newest version (wire {@code modification}); never null, empty when the server omits it
 * @param canDownload the current user may download it (wire {@code can_download})
 * @param canWrite the current user may add versions (wire {@code can_write})
 * @param canEdit the current user may modify a version (wire {@code can_edit})
 * @param canDelete the current user may delete it (wire {@code can_delete})
 * @param canShare the current user may share it (wire {@code can_share})
 * @param owner owner's full name (not in light mode) (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId owner's id (not in light mode) (wire {@code owner_id}); never null, empty when the server omits it
 * @param hash MD5 of the content; may be missing right after an upload (wire {@code hash}); never null, empty when the server omits it
 * @param size size in bytes, when the server sends it (not in the schema; seen in timelines) (wire {@code size}); never null, empty when the server omits it
 * @param lock the lock in place, if any (wire {@code lock}); never null, empty when the server omits it
 * @param nbVersions number of versions, present only when above 1 (full mode) (wire {@code nb_versions}); never null, empty when the server omits it
 * @param nbAnnotations annotations, present only when above 0 (full mode) (wire {@code nb_annotations}); never null, empty when the server omits it
 * @param nbUnreadAnnotations unread annotations (full mode) (wire {@code nb_unread_annotations}); never null, empty when the server omits it
 * @param meta document metadata (full mode) (wire {@code meta}); never null, empty when the server omits it
 * @param thumbToken token for thumbnails (full mode; the example spells it thumbs_token) (wire {@code thumb_token}); never null, empty when the server omits it; a credential, hidden by toString()
 * @param fileType preview type: image, document or video (full mode) (wire {@code file_type}); never null, empty when the server omits it
 * @param downloadToken deprecated download token; use TokensApi instead (full mode) (wire {@code download_token}); never null, empty when the server omits it; a credential, hidden by toString()
 * @param path path of parent ids (full mode) (wire {@code path}); never null, empty when the server omits it
 * @param totalAnnotations timeline only: number of annotations (wire {@code total_annotations}); never null, empty when the server omits it
 * @param totalDownloads timeline only: number of downloads (the example spells it total_download) (wire {@code total_downloads}); never null, empty when the server omits it
 * @param totalDlinks timeline only: number of share links (wire {@code total_dlinks}); never null, empty when the server omits it
 * @param totalPreviews timeline only: number of previews (wire {@code total_previews}); never null, empty when the server omits it
 * @param events timeline only: the events of this version (wire {@code events}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record FileInfo(
    @JsonProperty("id") long id,
    @JsonProperty("guid") Optional<String> guid,
    @JsonProperty("name") String name,
    @JsonProperty("parent_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> parentId,
    @JsonProperty("creation") Optional<OffsetDateTime> creation,
    @JsonProperty("modification") Optional<OffsetDateTime> modification,
    @JsonProperty("can_download") boolean canDownload,
    @JsonProperty("can_write") boolean canWrite,
    @JsonProperty("can_edit") boolean canEdit,
    @JsonProperty("can_delete") boolean canDelete,
    @JsonProperty("can_share") boolean canShare,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("hash") Optional<String> hash,
    @JsonProperty("size") Optional<Long> size,
    @JsonProperty("lock") Optional<Lock> lock,
    @JsonProperty("nb_versions") Optional<Integer> nbVersions,
    @JsonProperty("nb_annotations") Optional<Integer> nbAnnotations,
    @JsonProperty("nb_unread_annotations") Optional<Integer> nbUnreadAnnotations,
    @JsonProperty("meta") Optional<FileMeta> meta,
    @JsonProperty("thumb_token") @JsonAlias("thumbs_token") Optional<String> thumbToken,
    @JsonProperty("file_type") Optional<String> fileType,
    @JsonProperty("download_token") Optional<String> downloadToken,
    @JsonProperty("path") Optional<String> path,
    @JsonProperty("total_annotations") Optional<Integer> totalAnnotations,
    @JsonProperty("total_downloads") @JsonAlias("total_download") Optional<Integer> totalDownloads,
    @JsonProperty("total_dlinks") Optional<Integer> totalDlinks,
    @JsonProperty("total_previews") Optional<Integer> totalPreviews,
    @JsonProperty("events") List<TimelineEvent> events,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id of this version (wire {@code id})
   * @param guid global unique id of the file (wire {@code guid}); never null, empty when the server omits it
   * @param name file name (wire {@code name}); never null
   * @param parentId parent folder id (wire {@code parent_id}); never null, empty when the server omits it
   * @param creation creation date of this version (not in light mode) (wire {@code creation}); never null, empty when the server omits it
   * @param modification last modification of the newest version (wire {@code modification}); never null, empty when the server omits it
   * @param canDownload the current user may download it (wire {@code can_download})
   * @param canWrite the current user may add versions (wire {@code can_write})
   * @param canEdit the current user may modify a version (wire {@code can_edit})
   * @param canDelete the current user may delete it (wire {@code can_delete})
   * @param canShare the current user may share it (wire {@code can_share})
   * @param owner owner's full name (not in light mode) (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId owner's id (not in light mode) (wire {@code owner_id}); never null, empty when the server omits it
   * @param hash MD5 of the content; may be missing right after an upload (wire {@code hash}); never null, empty when the server omits it
   * @param size size in bytes, when the server sends it (not in the schema; seen in timelines) (wire {@code size}); never null, empty when the server omits it
   * @param lock the lock in place, if any (wire {@code lock}); never null, empty when the server omits it
   * @param nbVersions number of versions, present only when above 1 (full mode) (wire {@code nb_versions}); never null, empty when the server omits it
   * @param nbAnnotations annotations, present only when above 0 (full mode) (wire {@code nb_annotations}); never null, empty when the server omits it
   * @param nbUnreadAnnotations unread annotations (full mode) (wire {@code nb_unread_annotations}); never null, empty when the server omits it
   * @param meta document metadata (full mode) (wire {@code meta}); never null, empty when the server omits it
   * @param thumbToken token for thumbnails (full mode; the example spells it thumbs_token) (wire {@code thumb_token}); never null, empty when the server omits it; a credential, hidden by toString()
   * @param fileType preview type: image, document or video (full mode) (wire {@code file_type}); never null, empty when the server omits it
   * @param downloadToken deprecated download token; use TokensApi instead (full mode) (wire {@code download_token}); never null, empty when the server omits it; a credential, hidden by toString()
   * @param path path of parent ids (full mode) (wire {@code path}); never null, empty when the server omits it
   * @param totalAnnotations timeline only: number of annotations (wire {@code total_annotations}); never null, empty when the server omits it
   * @param totalDownloads timeline only: number of downloads (the example spells it total_download) (wire {@code total_downloads}); never null, empty when the server omits it
   * @param totalDlinks timeline only: number of share links (wire {@code total_dlinks}); never null, empty when the server omits it
   * @param totalPreviews timeline only: number of previews (wire {@code total_previews}); never null, empty when the server omits it
   * @param events timeline only: the events of this version (wire {@code events}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public FileInfo {
    guid = Norm.opt(guid);
    name = Norm.str(name);
    parentId = Norm.opt(parentId);
    creation = Norm.opt(creation);
    modification = Norm.opt(modification);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    hash = Norm.opt(hash);
    size = Norm.opt(size);
    lock = Norm.opt(lock);
    nbVersions = Norm.opt(nbVersions);
    nbAnnotations = Norm.opt(nbAnnotations);
    nbUnreadAnnotations = Norm.opt(nbUnreadAnnotations);
    meta = Norm.opt(meta);
    thumbToken = Norm.opt(thumbToken);
    fileType = Norm.opt(fileType);
    downloadToken = Norm.opt(downloadToken);
    path = Norm.opt(path);
    totalAnnotations = Norm.opt(totalAnnotations);
    totalDownloads = Norm.opt(totalDownloads);
    totalDlinks = Norm.opt(totalDlinks);
    totalPreviews = Norm.opt(totalPreviews);
    events = Norm.list(events);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "FileInfo[" + "id=" + id + ", " + "guid=" + guid + ", " + "name=" + name + ", " + "parentId=" + parentId + ", " + "creation=" + creation + ", " + "modification=" + modification + ", " + "canDownload=" + canDownload + ", " + "canWrite=" + canWrite + ", " + "canEdit=" + canEdit + ", " + "canDelete=" + canDelete + ", " + "canShare=" + canShare + ", " + "owner=" + owner + ", " + "ownerId=" + ownerId + ", " + "hash=" + hash + ", " + "size=" + size + ", " + "lock=" + lock + ", " + "nbVersions=" + nbVersions + ", " + "nbAnnotations=" + nbAnnotations + ", " + "nbUnreadAnnotations=" + nbUnreadAnnotations + ", " + "meta=" + meta + ", " + "thumbToken=" + (thumbToken.isPresent() ? "***" : "<none>") + ", " + "fileType=" + fileType + ", " + "downloadToken=" + (downloadToken.isPresent() ? "***" : "<none>") + ", " + "path=" + path + ", " + "totalAnnotations=" + totalAnnotations + ", " + "totalDownloads=" + totalDownloads + ", " + "totalDlinks=" + totalDlinks + ", " + "totalPreviews=" + totalPreviews + ", " + "events=" + events + ", " + "extra=" + extra.keySet() + "]";
  }
}
