package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * What a folder search returns (seed line 431): matching folders and files.
 *
 * @param folders matching folders (wire {@code folders}); never null, empty when absent
 * @param files matching files (wire {@code files}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record SearchResult(
    @JsonProperty("folders") List<Folder> folders,
    @JsonProperty("files") List<FileInfo> files,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param folders matching folders (wire {@code folders}); never null, empty when absent
   * @param files matching files (wire {@code files}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public SearchResult {
    folders = Norm.list(folders);
    files = Norm.list(files);
    extra = ExtraFields.copyOf(extra);
  }
}
