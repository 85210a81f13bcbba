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
 * An electronic signature request (route known only from the listing; fields guessed).
 *
 * @param id unique id (wire {@code id})
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param status status (wire {@code status}); never null, empty when the server omits it
 * @param message message to signers (wire {@code message}); never null, empty when the server omits it
 * @param creation creation (wire {@code creation}); never null, empty when the server omits it
 * @param expiration expiry (wire {@code expiration}); never null, empty when the server omits it
 * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param actors actors (wire {@code actors}); never null, empty when absent
 * @param documents documents (wire {@code documents}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Signature(
    @JsonProperty("id") long id,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("status") Optional<String> status,
    @JsonProperty("message") Optional<String> message,
    @JsonProperty("creation") Optional<OffsetDateTime> creation,
    @JsonProperty("expiration") Optional<OffsetDateTime> expiration,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("actors") List<SignatureActor> actors,
    @JsonProperty("documents") List<SignatureDocument> documents,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique id (wire {@code id})
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param status status (wire {@code status}); never null, empty when the server omits it
   * @param message message to signers (wire {@code message}); never null, empty when the server omits it
   * @param creation creation (wire {@code creation}); never null, empty when the server omits it
   * @param expiration expiry (wire {@code expiration}); never null, empty when the server omits it
   * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param actors actors (wire {@code actors}); never null, empty when absent
   * @param documents documents (wire {@code documents}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Signature {
    name = Norm.opt(name);
    status = Norm.opt(status);
    message = Norm.opt(message);
    creation = Norm.opt(creation);
    expiration = Norm.opt(expiration);
    ownerId = Norm.opt(ownerId);
    actors = Norm.list(actors);
    documents = Norm.list(documents);
    extra = ExtraFields.copyOf(extra);
  }
}
