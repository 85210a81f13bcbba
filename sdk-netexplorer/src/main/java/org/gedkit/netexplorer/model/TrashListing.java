package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The trash content, split into folders and files (seed line 644).
 *
 * @param folders trashed folders (wire {@code folders}); never null, empty when absent
 * @param files trashed files (wire {@code files}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record TrashListing(
    @JsonProperty("folders") List<TrashItem> folders,
    @JsonProperty("files") List<TrashItem> files,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param folders trashed folders (wire {@code folders}); never null, empty when absent
   * @param files trashed files (wire {@code files}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public TrashListing {
    folders = Norm.list(folders);
    files = Norm.list(files);
    extra = ExtraFields.copyOf(extra);
  }
}
