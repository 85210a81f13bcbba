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
 * Synchronisation slots (seed {@code /fzen} example, section slots).
 *
 * @param allowed slots allowed (wire {@code allowed}); never null, empty when the server omits it
 * @param used slots used (wire {@code used}); never null, empty when the server omits it
 * @param billable billed connections (wire {@code billable}); never null, empty when the server omits it
 * @param recents recent connections (wire {@code recents}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record PlatformSlots(
    @JsonProperty("allowed") Optional<Integer> allowed,
    @JsonProperty("used") Optional<Integer> used,
    @JsonProperty("billable") Optional<Integer> billable,
    @JsonProperty("recents") List<PlatformConnection> recents,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param allowed slots allowed (wire {@code allowed}); never null, empty when the server omits it
   * @param used slots used (wire {@code used}); never null, empty when the server omits it
   * @param billable billed connections (wire {@code billable}); never null, empty when the server omits it
   * @param recents recent connections (wire {@code recents}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public PlatformSlots {
    allowed = Norm.opt(allowed);
    used = Norm.opt(used);
    billable = Norm.opt(billable);
    recents = Norm.list(recents);
    extra = ExtraFields.copyOf(extra);
  }
}
