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
 * An access right of a user on a folder (seed "Droit", lines 106-119).
 *
 * @param id unique numeric id (wire {@code id})
 * @param folderId the folder (wire {@code folder_id}); never null, empty when the server omits it
 * @param targetId the user the right is granted to (wire {@code target_id}); never null, empty when the server omits it
 * @param target the user's full name (wire {@code target}); never null, empty when the server omits it
 * @param browse may browse the folder (wire {@code browse})
 * @param read may list and preview files (wire {@code read})
 * @param download may download files (wire {@code download})
 * @param write may add files (wire {@code write})
 * @param edit may modify files (wire {@code edit})
 * @param delete may delete files (wire {@code delete})
 * @param share may invite participants and create links (wire {@code share})
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Right(
    @JsonProperty("id") long id,
    @JsonProperty("folder_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> folderId,
    @JsonProperty("target_id") Optional<String> targetId,
    @JsonProperty("target") Optional<String> target,
    @JsonProperty("browse") boolean browse,
    @JsonProperty("read") boolean read,
    @JsonProperty("download") boolean download,
    @JsonProperty("write") boolean write,
    @JsonProperty("edit") boolean edit,
    @JsonProperty("delete") boolean delete,
    @JsonProperty("share") boolean share,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param folderId the folder (wire {@code folder_id}); never null, empty when the server omits it
   * @param targetId the user the right is granted to (wire {@code target_id}); never null, empty when the server omits it
   * @param target the user's full name (wire {@code target}); never null, empty when the server omits it
   * @param browse may browse the folder (wire {@code browse})
   * @param read may list and preview files (wire {@code read})
   * @param download may download files (wire {@code download})
   * @param write may add files (wire {@code write})
   * @param edit may modify files (wire {@code edit})
   * @param delete may delete files (wire {@code delete})
   * @param share may invite participants and create links (wire {@code share})
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Right {
    folderId = Norm.opt(folderId);
    targetId = Norm.opt(targetId);
    target = Norm.opt(target);
    extra = ExtraFields.copyOf(extra);
  }
}
