package org.gedkit.qorus.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.core.json.ModelCollections;

/**
 * Sensitive data of an order for one key type and value, as returned by {@code yamlSensitiveData} (the data itself parsed from YAML).
 *
 * <p>Values the server may omit are null; lists and maps are never null.
 *
 * @param aliases {@code aliases}
 * @param data {@code data}
 * @param meta {@code meta}
 * @param extra wire keys this SDK does not know yet
 */
public record SensitiveDataEntry(
    @JsonProperty("aliases") List<String> aliases,
    @JsonProperty("data") @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = org.gedkit.qorus.internal.YamlMapDeserializer.class) Map<String, Object> data,
    @JsonProperty("meta") Map<String, Object> meta,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components.
   *
   * @param aliases {@code aliases}
   * @param data {@code data}
   * @param meta {@code meta}
   * @param extra wire keys this SDK does not know yet
   */
  public SensitiveDataEntry {
    aliases = ModelCollections.copyOf(aliases);
    data = ModelCollections.copyOf(data);
    meta = ModelCollections.copyOf(meta);
    extra = ExtraFields.copyOf(extra);
  }

  @Override
  public String toString() {
    return "SensitiveDataEntry[aliases=" + aliases.size() + ", data=***, meta=" + meta.keySet() + "]";
  }
}
