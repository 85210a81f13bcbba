package org.gedkit.qorus.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.ErrorDetails;

/** Reads a map that Qorus sends as a YAML-serialised string (or, leniently, as a JSON hash). */
public final class YamlMapDeserializer extends JsonDeserializer<Map<String, Object>> {

  @Override
  public Map<String, Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return QorusYaml.parseMap(p.getText(), ErrorDetails.of("qorus", "yaml"));
    }
    Map<String, Object> m = p.readValueAs(new TypeReference<LinkedHashMap<String, Object>>() {});
    return m == null ? Map.of() : Collections.unmodifiableMap(m);
  }

  @Override
  public Map<String, Object> getNullValue(DeserializationContext ctxt) {
    return Map.of();
  }
}
