package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * The {@code content} of a folder listed recursively: its files and sub-folders (seed line 44).
 *
 * @param files the files (wire {@code files}); never null, empty when absent
 * @param folders the sub-folders (wire {@code folders}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record FolderContent(
    @JsonProperty("files") List<FileInfo> files,
    @JsonProperty("folders") List<Folder> folders,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param files the files (wire {@code files}); never null, empty when absent
   * @param folders the sub-folders (wire {@code folders}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public FolderContent {
    files = Norm.list(files);
    folders = Norm.list(folders);
    extra = ExtraFields.copyOf(extra);
  }
}
