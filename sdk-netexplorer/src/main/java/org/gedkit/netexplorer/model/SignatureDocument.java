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
 * A document of a signature request (fields guessed).
 *
 * @param id document id (wire {@code id})
 * @param fileId the source file (wire {@code file_id}); never null, empty when the server omits it
 * @param name name (wire {@code name}); never null, empty when the server omits it
 * @param fields signature fields (wire {@code fields}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record SignatureDocument(
    @JsonProperty("id") long id,
    @JsonProperty("file_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> fileId,
    @JsonProperty("name") Optional<String> name,
    @JsonProperty("fields") List<SignatureField> fields,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id document id (wire {@code id})
   * @param fileId the source file (wire {@code file_id}); never null, empty when the server omits it
   * @param name name (wire {@code name}); never null, empty when the server omits it
   * @param fields signature fields (wire {@code fields}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public SignatureDocument {
    fileId = Norm.opt(fileId);
    name = Norm.opt(name);
    fields = Norm.list(fields);
    extra = ExtraFields.copyOf(extra);
  }
}
