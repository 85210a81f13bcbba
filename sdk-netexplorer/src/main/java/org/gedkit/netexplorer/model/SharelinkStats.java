package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Download statistics of a share link (owner only; seed line 277).
 *
 * @param downloads the downloads (wire {@code downloads}); never null, empty when absent
 * @param users distinct downloaders (wire {@code users}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record SharelinkStats(
    @JsonProperty("downloads") List<DownloadEvent> downloads,
    @JsonProperty("users") Optional<Integer> users,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param downloads the downloads (wire {@code downloads}); never null, empty when absent
   * @param users distinct downloaders (wire {@code users}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public SharelinkStats {
    downloads = Norm.list(downloads);
    users = Norm.opt(users);
    extra = ExtraFields.copyOf(extra);
  }
}
