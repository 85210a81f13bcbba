package org.gedkit.qorus.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.ProtocolException;

/** YAML for the Qorus {@code yaml*Data} actions and the system properties export. */
public final class QorusYaml {

  private static final ObjectMapper YAML = new ObjectMapper(
      YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());

  private QorusYaml() {}

  /**
   * Parses a YAML document holding a hash; empty for an empty document or a null value.
   *
   * @param yaml the YAML text
   * @param details error context
   * @return the map; never null
   */
  public static Map<String, Object> parseMap(String yaml, ErrorDetails details) {
    if (yaml == null || yaml.isBlank()) {
      return Map.of();
    }
    try {
      Object v = YAML.readValue(yaml, Object.class);
      if (v == null) {
        return Map.of();
      }
      if (!(v instanceof Map<?, ?>)) {
        throw new ProtocolException("the YAML document is not a hash", details);
      }
      Map<String, Object> m = YAML.convertValue(v, new TypeReference<LinkedHashMap<String, Object>>() {});
      return Collections.unmodifiableMap(m);
    } catch (JsonProcessingException e) {
      throw new ProtocolException("the YAML document cannot be read: " + e.getOriginalMessage(), details, false, e);
    }
  }

  /**
   * Serialises a map as YAML; null gives the YAML null document ({@code null}, "no data").
   *
   * @param data the data
   * @param details error context
   * @return the YAML text
   */
  public static String write(Map<String, ?> data, ErrorDetails details) {
    try {
      return YAML.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new InvalidArgumentException("the data cannot be written as YAML: " + e.getOriginalMessage(), details);
    }
  }
}
