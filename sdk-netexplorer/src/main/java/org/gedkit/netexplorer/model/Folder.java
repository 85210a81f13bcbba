package org.gedkit.netexplorer.model;

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
 * A folder (seed "Dossier", lines 11-45). Fields marked full are only sent in full mode; the light mode drops creation, modification, owner and owner_id.
 *
 * @param id unique numeric id (wire {@code id})
 * @param name folder name (wire {@code name}); never null
 * @param parentId parent folder id (0 for a root) (wire {@code parent_id}); never null, empty when the server omits it
 * @param canRead the current user may preview documents here (wire {@code can_read})
 * @param canDownload the current user may download documents here (wire {@code can_download})
 * @param canWrite the current user may create files here (wire {@code can_write})
 * @param canEdit the current user may modify documents here (wire {@code can_edit})
 * @param canDelete the current user may delete documents here (wire {@code can_delete})
 * @param canShare the current user may share documents here (wire {@code can_share})
 * @param creation creation date (not in light mode) (wire {@code creation}); never null, empty when the server omits it
 * @param modification last content change (not in light mode) (wire {@code modification}); never null, empty when the server omits it
 * @param owner owner's full name (not in light mode) (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId owner's id (not in light mode) (wire {@code owner_id}); never null, empty when the server omits it
 * @param canDlink may create a download link (full mode) (wire {@code can_dlink}); never null, empty when the server omits it
 * @param canUlink may create an upload link (full mode) (wire {@code can_ulink}); never null, empty when the server omits it
 * @param canAdminRights may manage rights (full mode) (wire {@code can_admin_rights}); never null, empty when the server omits it
 * @param canAdminAlerts may manage e-mail alerts (full mode) (wire {@code can_admin_alerts}); never null, empty when the server omits it
 * @param selfAlert the current user is alerted (full mode, only when the platform enables it) (wire {@code self_alert}); never null, empty when the server omits it
 * @param shared a shared folder of a private space (full mode) (wire {@code shared}); never null, empty when the server omits it
 * @param nbParticipants invited participants, present only when above 0 (full mode) (wire {@code nb_participants}); never null, empty when the server omits it
 * @param nbAnnotations annotations, present only when above 0 (full mode) (wire {@code nb_annotations}); never null, empty when the server omits it
 * @param nbUnreadAnnotations unread annotations, present only when above 0 (full mode) (wire {@code nb_unread_annotations}); never null, empty when the server omits it
 * @param size size in bytes (full mode) (wire {@code size}); never null, empty when the server omits it
 * @param nbDirectFolders direct sub-folders (full mode) (wire {@code nb_d_folders}); never null, empty when the server omits it
 * @param nbDirectFiles direct files (full mode) (wire {@code nb_d_files}); never null, empty when the server omits it
 * @param nbFolders sub-folders in the whole tree (full mode) (wire {@code nb_folders}); never null, empty when the server omits it
 * @param nbFiles files in the whole tree (full mode) (wire {@code nb_files}); never null, empty when the server omits it
 * @param quota disk quota: 0 unlimited, -1 inherited, else bytes (full mode) (wire {@code quota}); never null, empty when the server omits it
 * @param purgeFrequency days after which files are purged, 0 = off (full mode) (wire {@code purge_frequency}); never null, empty when the server omits it
 * @param path path of parent ids (full mode) (wire {@code path}); never null, empty when the server omits it
 * @param pathName path of parent names (full mode) (wire {@code path_name}); never null, empty when the server omits it
 * @param content the files and folders inside, when a recursive listing reached this level (wire {@code content}); never null, empty when the server omits it
 * @param events timeline events (only from the folder timeline call) (wire {@code events}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Folder(
    @JsonProperty("id") long id,
    @JsonProperty("name") String name,
    @JsonProperty("parent_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> parentId,
    @JsonProperty("can_read") boolean canRead,
    @JsonProperty("can_download") boolean canDownload,
    @JsonProperty("can_write") boolean canWrite,
    @JsonProperty("can_edit") boolean canEdit,
    @JsonProperty("can_delete") boolean canDelete,
    @JsonProperty("can_share") boolean canShare,
    @JsonProperty("creation") Optional<OffsetDateTime> creation,
    @JsonProperty("modification") Optional<OffsetDateTime> modification,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("can_dlink") Optional<Boolean> canDlink,
    @JsonProperty("can_ulink") Optional<Boolean> canUlink,
    @JsonProperty("can_admin_rights") Optional<Boolean> canAdminRights,
    @JsonProperty("can_admin_alerts") Optional<Boolean> canAdminAlerts,
    @JsonProperty("self_alert") Optional<Boolean> selfAlert,
    @JsonProperty("shared") Optional<Boolean> shared,
    @JsonProperty("nb_participants") Optional<Integer> nbParticipants,
    @JsonProperty("nb_annotations") Optional<Integer> nbAnnotations,
    @JsonProperty("nb_unread_annotations") Optional<Integer> nbUnreadAnnotations,
    @JsonProperty("size") Optional<Long> size,
    @JsonProperty("nb_d_folders") Optional<Integer> nbDirectFolders,
    @JsonProperty("nb_d_files") Optional<Integer> nbDirectFiles,
    @JsonProperty("nb_folders") Optional<Integer> nbFolders,
    @JsonProperty("nb_files") Optional<Integer> nbFiles,
    @JsonProperty("quota") Optional<Long> quota,
    @JsonProperty("purge_frequency") Optional<Integer> purgeFrequency,
    @JsonProperty("path") Optional<String> path,
    @JsonProperty("path_name") Optional<String> pathName,
    @JsonProperty("content") Optional<FolderContent> content,
    @JsonProperty("events") List<TimelineEvent> events,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param name folder name (wire {@code name}); never null
   * @param parentId parent folder id (0 for a root) (wire {@code parent_id}); never null, empty when the server omits it
   * @param canRead the current user may preview documents here (wire {@code can_read})
   * @param canDownload the current user may download documents here (wire {@code can_download})
   * @param canWrite the current user may create files here (wire {@code can_write})
   * @param canEdit the current user may modify documents here (wire {@code can_edit})
   * @param canDelete the current user may delete documents here (wire {@code can_delete})
   * @param canShare the current user may share documents here (wire {@code can_share})
   * @param creation creation date (not in light mode) (wire {@code creation}); never null, empty when the server omits it
   * @param modification last content change (not in light mode) (wire {@code modification}); never null, empty when the server omits it
   * @param owner owner's full name (not in light mode) (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId owner's id (not in light mode) (wire {@code owner_id}); never null, empty when the server omits it
   * @param canDlink may create a download link (full mode) (wire {@code can_dlink}); never null, empty when the server omits it
   * @param canUlink may create an upload link (full mode) (wire {@code can_ulink}); never null, empty when the server omits it
   * @param canAdminRights may manage rights (full mode) (wire {@code can_admin_rights}); never null, empty when the server omits it
   * @param canAdminAlerts may manage e-mail alerts (full mode) (wire {@code can_admin_alerts}); never null, empty when the server omits it
   * @param selfAlert the current user is alerted (full mode, only when the platform enables it) (wire {@code self_alert}); never null, empty when the server omits it
   * @param shared a shared folder of a private space (full mode) (wire {@code shared}); never null, empty when the server omits it
   * @param nbParticipants invited participants, present only when above 0 (full mode) (wire {@code nb_participants}); never null, empty when the server omits it
   * @param nbAnnotations annotations, present only when above 0 (full mode) (wire {@code nb_annotations}); never null, empty when the server omits it
   * @param nbUnreadAnnotations unread annotations, present only when above 0 (full mode) (wire {@code nb_unread_annotations}); never null, empty when the server omits it
   * @param size size in bytes (full mode) (wire {@code size}); never null, empty when the server omits it
   * @param nbDirectFolders direct sub-folders (full mode) (wire {@code nb_d_folders}); never null, empty when the server omits it
   * @param nbDirectFiles direct files (full mode) (wire {@code nb_d_files}); never null, empty when the server omits it
   * @param nbFolders sub-folders in the whole tree (full mode) (wire {@code nb_folders}); never null, empty when the server omits it
   * @param nbFiles files in the whole tree (full mode) (wire {@code nb_files}); never null, empty when the server omits it
   * @param quota disk quota: 0 unlimited, -1 inherited, else bytes (full mode) (wire {@code quota}); never null, empty when the server omits it
   * @param purgeFrequency days after which files are purged, 0 = off (full mode) (wire {@code purge_frequency}); never null, empty when the server omits it
   * @param path path of parent ids (full mode) (wire {@code path}); never null, empty when the server omits it
   * @param pathName path of parent names (full mode) (wire {@code path_name}); never null, empty when the server omits it
   * @param content the files and folders inside, when a recursive listing reached this level (wire {@code content}); never null, empty when the server omits it
   * @param events timeline events (only from the folder timeline call) (wire {@code events}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Folder {
    name = Norm.str(name);
    parentId = Norm.opt(parentId);
    creation = Norm.opt(creation);
    modification = Norm.opt(modification);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    canDlink = Norm.opt(canDlink);
    canUlink = Norm.opt(canUlink);
    canAdminRights = Norm.opt(canAdminRights);
    canAdminAlerts = Norm.opt(canAdminAlerts);
    selfAlert = Norm.opt(selfAlert);
    shared = Norm.opt(shared);
    nbParticipants = Norm.opt(nbParticipants);
    nbAnnotations = Norm.opt(nbAnnotations);
    nbUnreadAnnotations = Norm.opt(nbUnreadAnnotations);
    size = Norm.opt(size);
    nbDirectFolders = Norm.opt(nbDirectFolders);
    nbDirectFiles = Norm.opt(nbDirectFiles);
    nbFolders = Norm.opt(nbFolders);
    nbFiles = Norm.opt(nbFiles);
    quota = Norm.opt(quota);
    purgeFrequency = Norm.opt(purgeFrequency);
    path = Norm.opt(path);
    pathName = Norm.opt(pathName);
    content = Norm.opt(content);
    events = Norm.list(events);
    extra = ExtraFields.copyOf(extra);
  }
}
