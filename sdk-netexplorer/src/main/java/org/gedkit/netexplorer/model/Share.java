package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A share (seed "Partage", lines 225-238). Its toString() hides secrets.
 *
 * @param id unique numeric id (wire {@code id})
 * @param key the share key (opens the share to whoever holds it) (wire {@code key}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param roots shared entities (wire {@code roots}); never null, empty when absent
 * @param flags rights mask of the link (wire {@code flags}); never null, empty when the server omits it
 * @param expirationDate expiry; empty = none (wire {@code expiration_date}); never null, empty when the server omits it
 * @param creationDate creation (the example prints dd/MM/yyyy) (wire {@code creation_date}); never null, empty when the server omits it
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param owner creator's full name (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param accessToken token for a password-protected share (2 h) (wire {@code access_token}); never null, empty when the server omits it; a secret, hidden by toString()
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Share(
    @JsonProperty("id") long id,
    @JsonProperty("key") Optional<String> key,
    @JsonProperty("roots") List<ShareContentItem> roots,
    @JsonProperty("flags") Optional<Integer> flags,
    @JsonProperty("expiration_date") Optional<OffsetDateTime> expirationDate,
    @JsonProperty("creation_date") Optional<OffsetDateTime> creationDate,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("access_token") Optional<String> accessToken,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param key the share key (opens the share to whoever holds it) (wire {@code key}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param roots shared entities (wire {@code roots}); never null, empty when absent
   * @param flags rights mask of the link (wire {@code flags}); never null, empty when the server omits it
   * @param expirationDate expiry; empty = none (wire {@code expiration_date}); never null, empty when the server omits it
   * @param creationDate creation (the example prints dd/MM/yyyy) (wire {@code creation_date}); never null, empty when the server omits it
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param owner creator's full name (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param accessToken token for a password-protected share (2 h) (wire {@code access_token}); never null, empty when the server omits it; a secret, hidden by toString()
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Share {
    key = Norm.opt(key);
    roots = Norm.list(roots);
    flags = Norm.opt(flags);
    expirationDate = Norm.opt(expirationDate);
    creationDate = Norm.opt(creationDate);
    name = Norm.opt(name);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    accessToken = Norm.opt(accessToken);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "Share[" + "id=" + id + ", " + "key=" + (key.isPresent() ? "***" : "<none>") + ", " + "roots=" + roots + ", " + "flags=" + flags + ", " + "expirationDate=" + expirationDate + ", " + "creationDate=" + creationDate + ", " + "name=" + name + ", " + "owner=" + owner + ", " + "ownerId=" + ownerId + ", " + "accessToken=" + (accessToken.isPresent() ? "***" : "<none>") + ", " + "extra=" + extra.keySet() + "]";
  }
}
