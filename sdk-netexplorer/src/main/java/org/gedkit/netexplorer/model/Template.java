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
 * A file template (seed "Template", lines 310-319). Its toString() hides secrets.
 *
 * @param id unique id (wire {@code id})
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param description description (wire {@code description}); never null, empty when the server omits it
 * @param date modification date, as text (wire {@code date}); never null, empty when the server omits it
 * @param guid GUID (wire {@code guid}); never null, empty when the server omits it
 * @param parentId parent folder (wire {@code parent_id}); never null, empty when the server omits it
 * @param fileType preview type (wire {@code file_type}); never null, empty when the server omits it
 * @param thumbToken thumbnail token (wire {@code thumb_token}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Template(
    @JsonProperty("id") long id,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("description") Optional<String> description,
    @JsonProperty("date") Optional<String> date,
    @JsonProperty("guid") Optional<String> guid,
    @JsonProperty("parent_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> parentId,
    @JsonProperty("file_type") Optional<String> fileType,
    @JsonProperty("thumb_token") Optional<String> thumbToken,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique id (wire {@code id})
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param description description (wire {@code description}); never null, empty when the server omits it
   * @param date modification date, as text (wire {@code date}); never null, empty when the server omits it
   * @param guid GUID (wire {@code guid}); never null, empty when the server omits it
   * @param parentId parent folder (wire {@code parent_id}); never null, empty when the server omits it
   * @param fileType preview type (wire {@code file_type}); never null, empty when the server omits it
   * @param thumbToken thumbnail token (wire {@code thumb_token}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Template {
    name = Norm.opt(name);
    description = Norm.opt(description);
    date = Norm.opt(date);
    guid = Norm.opt(guid);
    parentId = Norm.opt(parentId);
    fileType = Norm.opt(fileType);
    thumbToken = Norm.opt(thumbToken);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "Template[" + "id=" + id + ", " + "name=" + name + ", " + "description=" + description + ", " + "date=" + date + ", " + "guid=" + guid + ", " + "parentId=" + parentId + ", " + "fileType=" + fileType + ", " + "thumbToken=" + (thumbToken.isPresent() ? "***" : "<none>") + ", " + "extra=" + extra.keySet() + "]";
  }
}
