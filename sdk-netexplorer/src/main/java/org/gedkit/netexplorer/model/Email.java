package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.Norm;

/**
 * An e-mail template or message (seed "Email", lines 212-224).
 *
 * @param id unique numeric id (wire {@code id})
 * @param object subject (wire {@code object}); never null, empty when the server omits it
 * @param content body, text or HTML (wire {@code content}); never null, empty when the server omits it
 * @param type EM_TE_ALERT, EM_TE_SENDED, EM_TE_TOSEND... (wire {@code type}); never null, empty when the server omits it
 * @param owner owner's full name (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId owner's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param from sender address (EM_TE_SENDED / EM_TE_TOSEND only) (wire {@code from}); never null, empty when the server omits it
 * @param to recipients, comma separated (wire {@code to}); never null, empty when the server omits it
 * @param bcc hidden copies (obsolete; its wire name was lost, guessed) (wire {@code bcc}); never null, empty when the server omits it
 * @param lastSend last sending; empty = never sent (wire {@code last_send}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Email(
    @JsonProperty("id") long id,
    @JsonProperty("object") Optional<String> object,
    @JsonProperty("content") Optional<String> content,
    @JsonProperty("type") Optional<String> type,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("from") Optional<String> from,
    @JsonProperty("to") Optional<String> to,
    @JsonProperty("bcc") Optional<String> bcc,
    @JsonProperty("last_send") Optional<OffsetDateTime> lastSend,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param object subject (wire {@code object}); never null, empty when the server omits it
   * @param content body, text or HTML (wire {@code content}); never null, empty when the server omits it
   * @param type EM_TE_ALERT, EM_TE_SENDED, EM_TE_TOSEND... (wire {@code type}); never null, empty when the server omits it
   * @param owner owner's full name (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId owner's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param from sender address (EM_TE_SENDED / EM_TE_TOSEND only) (wire {@code from}); never null, empty when the server omits it
   * @param to recipients, comma separated (wire {@code to}); never null, empty when the server omits it
   * @param bcc hidden copies (obsolete; its wire name was lost, guessed) (wire {@code bcc}); never null, empty when the server omits it
   * @param lastSend last sending; empty = never sent (wire {@code last_send}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Email {
    object = Norm.opt(object);
    content = Norm.opt(content);
    type = Norm.opt(type);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    from = Norm.opt(from);
    to = Norm.opt(to);
    bcc = Norm.opt(bcc);
    lastSend = Norm.opt(lastSend);
    extra = ExtraFields.copyOf(extra);
  }
}
