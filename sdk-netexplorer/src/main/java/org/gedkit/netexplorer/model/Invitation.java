package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * An invitation to create an account on a folder (seed "Invitation", lines 167-178). Its toString() hides secrets.
 *
 * @param id unique id (wire {@code id}); never null
 * @param key the invitation key (a secret) (wire {@code key}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param source id of the inviting user (wire {@code source}); never null, empty when the server omits it
 * @param sourceName name of the inviting user (wire {@code source_name}); never null, empty when the server omits it
 * @param target the invited person (e-mail) or created user id (wire {@code target}); never null, empty when the server omits it
 * @param expiration expiry; empty = none (wire {@code expiration}); never null, empty when the server omits it
 * @param folder the folder the invited user will reach (wire {@code folder}); never null, empty when the server omits it
 * @param rights rights mask applied at account creation (wire {@code rights}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Invitation(
    @JsonProperty("id") String id,
    @JsonProperty("key") Optional<String> key,
    @JsonProperty("source") Optional<String> source,
    @JsonProperty("source_name") Optional<String> sourceName,
    @JsonProperty("target") Optional<String> target,
    @JsonProperty("expiration") Optional<OffsetDateTime> expiration,
    @JsonProperty("folder") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> folder,
    @JsonProperty("rights") Optional<Integer> rights,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique id (wire {@code id}); never null
   * @param key the invitation key (a secret) (wire {@code key}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param source id of the inviting user (wire {@code source}); never null, empty when the server omits it
   * @param sourceName name of the inviting user (wire {@code source_name}); never null, empty when the server omits it
   * @param target the invited person (e-mail) or created user id (wire {@code target}); never null, empty when the server omits it
   * @param expiration expiry; empty = none (wire {@code expiration}); never null, empty when the server omits it
   * @param folder the folder the invited user will reach (wire {@code folder}); never null, empty when the server omits it
   * @param rights rights mask applied at account creation (wire {@code rights}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Invitation {
    id = Norm.str(id);
    key = Norm.opt(key);
    source = Norm.opt(source);
    sourceName = Norm.opt(sourceName);
    target = Norm.opt(target);
    expiration = Norm.opt(expiration);
    folder = Norm.opt(folder);
    rights = Norm.opt(rights);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "Invitation[" + "id=" + id + ", " + "key=" + (key.isPresent() ? "***" : "<none>") + ", " + "source=" + source + ", " + "sourceName=" + sourceName + ", " + "target=" + target + ", " + "expiration=" + expiration + ", " + "folder=" + folder + ", " + "rights=" + rights + ", " + "extra=" + extra.keySet() + "]";
  }
}
