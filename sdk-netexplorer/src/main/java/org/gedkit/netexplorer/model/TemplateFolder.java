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
 * The folder holding templates ({@code GET /template/folder}, seed 633-634).
 *
 * @param folder the folder id (wire {@code folder}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record TemplateFolder(
    @JsonProperty("folder") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> folder,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param folder the folder id (wire {@code folder}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public TemplateFolder {
    folder = Norm.opt(folder);
    extra = ExtraFields.copyOf(extra);
  }
}
