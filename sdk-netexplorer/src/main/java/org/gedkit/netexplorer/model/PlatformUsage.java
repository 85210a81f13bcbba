package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Platform usage ({@code GET /fzen}, seed 882-891); sections not typed here stay in extra().
 *
 * @param expire platform expiry as a Unix timestamp (seconds) (wire {@code expire}); never null, empty when the server omits it
 * @param storage storage usage (mask 1, 2, 16, 64) (wire {@code storage}); never null, empty when the server omits it
 * @param visits recent visits (mask 8) (wire {@code visits}); never null, empty when absent
 * @param slots synchronisation slots (mask 4) (wire {@code slots}); never null, empty when the server omits it
 * @param docSigning document signing credits (wire {@code docsigning}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record PlatformUsage(
    @JsonProperty("expire") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> expire,
    @JsonProperty("storage") Optional<PlatformStorage> storage,
    @JsonProperty("visits") List<PlatformVisit> visits,
    @JsonProperty("slots") Optional<PlatformSlots> slots,
    @JsonProperty("docsigning") Optional<DocSigning> docSigning,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param expire platform expiry as a Unix timestamp (seconds) (wire {@code expire}); never null, empty when the server omits it
   * @param storage storage usage (mask 1, 2, 16, 64) (wire {@code storage}); never null, empty when the server omits it
   * @param visits recent visits (mask 8) (wire {@code visits}); never null, empty when absent
   * @param slots synchronisation slots (mask 4) (wire {@code slots}); never null, empty when the server omits it
   * @param docSigning document signing credits (wire {@code docsigning}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public PlatformUsage {
    expire = Norm.opt(expire);
    storage = Norm.opt(storage);
    visits = Norm.list(visits);
    slots = Norm.opt(slots);
    docSigning = Norm.opt(docSigning);
    extra = ExtraFields.copyOf(extra);
  }
}
