package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * Feature switches of the platform configuration (seed lines 789-790).
 *
 * @param lockRead read locks (wire {@code lock_read}); never null, empty when the server omits it
 * @param lock locks (wire {@code lock}); never null, empty when the server omits it
 * @param edit online edition (wire {@code edit}); never null, empty when the server omits it
 * @param trash trash (wire {@code trash}); never null, empty when the server omits it
 * @param versioning versioning (wire {@code versioning}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record ConfigFeatures(
    @JsonProperty("lock_read") Optional<Boolean> lockRead,
    @JsonProperty("lock") Optional<Boolean> lock,
    @JsonProperty("edit") Optional<Boolean> edit,
    @JsonProperty("trash") Optional<Boolean> trash,
    @JsonProperty("versioning") Optional<Boolean> versioning,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param lockRead read locks (wire {@code lock_read}); never null, empty when the server omits it
   * @param lock locks (wire {@code lock}); never null, empty when the server omits it
   * @param edit online edition (wire {@code edit}); never null, empty when the server omits it
   * @param trash trash (wire {@code trash}); never null, empty when the server omits it
   * @param versioning versioning (wire {@code versioning}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public ConfigFeatures {
    lockRead = Norm.opt(lockRead);
    lock = Norm.opt(lock);
    edit = Norm.opt(edit);
    trash = Norm.opt(trash);
    versioning = Norm.opt(versioning);
    extra = ExtraFields.copyOf(extra);
  }
}
