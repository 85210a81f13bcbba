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
 * A log entry (seed "Entrée de journal", lines 335-349).
 *
 * @param id unique numeric id (wire {@code id})
 * @param userId who (Guest when not logged in) (wire {@code user_id}); never null, empty when the server omits it
 * @param user full name (wire {@code user}); never null, empty when the server omits it
 * @param date when (wire {@code date}); never null, empty when the server omits it
 * @param message details (wire {@code message}); never null, empty when the server omits it
 * @param ip IP address (wire {@code ip}); never null, empty when the server omits it
 * @param userAgent browser or tool (wire {@code user_agent}); never null, empty when the server omits it
 * @param type event type (ADMLLOG_...) (wire {@code type}); never null, empty when the server omits it
 * @param status ADMLLOG_OK or ADMLLOG_ERROR (wire {@code statut}); never null, empty when the server omits it
 * @param objectId id of the affected object (wire {@code object_id}); never null, empty when the server omits it
 * @param objectType type of the affected object (wire {@code object_type}); never null, empty when the server omits it
 * @param object name of the affected object (wire {@code object}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record LogEntry(
    @JsonProperty("id") long id,
    @JsonProperty("user_id") Optional<String> userId,
    @JsonProperty("user") Optional<String> user,
    @JsonProperty("date") Optional<OffsetDateTime> date,
    @JsonProperty("message") Optional<String> message,
    @JsonProperty("ip") Optional<String> ip,
    @JsonProperty("user_agent") Optional<String> userAgent,
    @JsonProperty("type") Optional<String> type,
    @JsonProperty("statut") Optional<String> status,
    @JsonProperty("object_id") Optional<String> objectId,
    @JsonProperty("object_type") Optional<String> objectType,
    @JsonProperty("object") Optional<String> object,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param userId who (Guest when not logged in) (wire {@code user_id}); never null, empty when the server omits it
   * @param user full name (wire {@code user}); never null, empty when the server omits it
   * @param date when (wire {@code date}); never null, empty when the server omits it
   * @param message details (wire {@code message}); never null, empty when the server omits it
   * @param ip IP address (wire {@code ip}); never null, empty when the server omits it
   * @param userAgent browser or tool (wire {@code user_agent}); never null, empty when the server omits it
   * @param type event type (ADMLLOG_...) (wire {@code type}); never null, empty when the server omits it
   * @param status ADMLLOG_OK or ADMLLOG_ERROR (wire {@code statut}); never null, empty when the server omits it
   * @param objectId id of the affected object (wire {@code object_id}); never null, empty when the server omits it
   * @param objectType type of the affected object (wire {@code object_type}); never null, empty when the server omits it
   * @param object name of the affected object (wire {@code object}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public LogEntry {
    userId = Norm.opt(userId);
    user = Norm.opt(user);
    date = Norm.opt(date);
    message = Norm.opt(message);
    ip = Norm.opt(ip);
    userAgent = Norm.opt(userAgent);
    type = Norm.opt(type);
    status = Norm.opt(status);
    objectId = Norm.opt(objectId);
    objectType = Norm.opt(objectType);
    object = Norm.opt(object);
    extra = ExtraFields.copyOf(extra);
  }
}
