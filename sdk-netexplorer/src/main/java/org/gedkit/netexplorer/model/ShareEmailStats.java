package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Download and preview counts of a share e-mail (seed line 299).
 *
 * @param nbDownload downloads (wire {@code nb_download}); never null, empty when the server omits it
 * @param nbPreview previews (wire {@code nb_preview}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record ShareEmailStats(
    @JsonProperty("nb_download") Optional<Integer> nbDownload,
    @JsonProperty("nb_preview") Optional<Integer> nbPreview,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param nbDownload downloads (wire {@code nb_download}); never null, empty when the server omits it
   * @param nbPreview previews (wire {@code nb_preview}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public ShareEmailStats {
    nbDownload = Norm.opt(nbDownload);
    nbPreview = Norm.opt(nbPreview);
    extra = ExtraFields.copyOf(extra);
  }
}
