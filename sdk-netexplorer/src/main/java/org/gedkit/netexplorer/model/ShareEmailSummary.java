package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAlias;
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
 * A share e-mail as listed (seed "Partage par email", lines 290-299; the example spells the date sendind_date).
 *
 * @param id unique numeric id (wire {@code id})
 * @param object subject (wire {@code object}); never null, empty when the server omits it
 * @param content body (wire {@code content}); never null, empty when the server omits it
 * @param owner creator's id (wire {@code owner}); never null, empty when the server omits it
 * @param stats download and preview counts (wire {@code stats}); never null, empty when the server omits it
 * @param sendingDate when it was sent (wire {@code sending_date}); never null, empty when the server omits it
 * @param recipients recipients (wire {@code recipients}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record ShareEmailSummary(
    @JsonProperty("id") long id,
    @JsonProperty("object") Optional<String> object,
    @JsonProperty("content") Optional<String> content,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("stats") Optional<ShareEmailStats> stats,
    @JsonProperty("sending_date") @JsonAlias("sendind_date") Optional<OffsetDateTime> sendingDate,
    @JsonProperty("recipients") List<EmailRecipient> recipients,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param object subject (wire {@code object}); never null, empty when the server omits it
   * @param content body (wire {@code content}); never null, empty when the server omits it
   * @param owner creator's id (wire {@code owner}); never null, empty when the server omits it
   * @param stats download and preview counts (wire {@code stats}); never null, empty when the server omits it
   * @param sendingDate when it was sent (wire {@code sending_date}); never null, empty when the server omits it
   * @param recipients recipients (wire {@code recipients}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public ShareEmailSummary {
    object = Norm.opt(object);
    content = Norm.opt(content);
    owner = Norm.opt(owner);
    stats = Norm.opt(stats);
    sendingDate = Norm.opt(sendingDate);
    recipients = Norm.list(recipients);
    extra = ExtraFields.copyOf(extra);
  }
}
