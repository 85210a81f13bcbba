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
 * An annotation of a file or folder (seed "Annotation", lines 85-95).
 *
 * @param id unique numeric id (wire {@code id})
 * @param targetId id of the annotated file or folder (wire {@code target_id}); never null, empty when the server omits it
 * @param targetType "file" or "folder" (wire {@code target_type}); never null, empty when the server omits it
 * @param owner author's full name (wire {@code owner}); never null, empty when the server omits it
 * @param ownerId author's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param date creation date (wire {@code date}); never null, empty when the server omits it
 * @param text the text (wire {@code text}); never null, empty when the server omits it
 * @param conversation id of the annotation this one answers, if any (wire {@code conversation}); never null, empty when the server omits it
 * @param extra wire fields this SDK does not know yet; never null
 */
public record Annotation(
    @JsonProperty("id") long id,
    @JsonProperty("target_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> targetId,
    @JsonProperty("target_type") Optional<String> targetType,
    @JsonProperty("owner") Optional<String> owner,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("date") Optional<OffsetDateTime> date,
    @JsonProperty("text") Optional<String> text,
    @JsonProperty("conversation") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> conversation,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique numeric id (wire {@code id})
   * @param targetId id of the annotated file or folder (wire {@code target_id}); never null, empty when the server omits it
   * @param targetType "file" or "folder" (wire {@code target_type}); never null, empty when the server omits it
   * @param owner author's full name (wire {@code owner}); never null, empty when the server omits it
   * @param ownerId author's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param date creation date (wire {@code date}); never null, empty when the server omits it
   * @param text the text (wire {@code text}); never null, empty when the server omits it
   * @param conversation id of the annotation this one answers, if any (wire {@code conversation}); never null, empty when the server omits it
   * @param extra wire fields this SDK does not know yet; never null
   */
  public Annotation {
    targetId = Norm.opt(targetId);
    targetType = Norm.opt(targetType);
    owner = Norm.opt(owner);
    ownerId = Norm.opt(ownerId);
    date = Norm.opt(date);
    text = Norm.opt(text);
    conversation = Norm.opt(conversation);
    extra = ExtraFields.copyOf(extra);
  }
}
