package org.gedkit.core.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.ProtocolException;

/** Tree-to-value conversion with Jackson errors turned into {@link ProtocolException}. */
final class JsonConversion {

  private JsonConversion() {}

  static <T> T convert(ObjectMapper mapper, JsonNode node, JavaType type, ErrorDetails details) {
    try {
      return mapper.treeToValue(node, type);
    } catch (IOException | IllegalArgumentException e) {
      String msg = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
      throw new ProtocolException("the reply does not have the shape of " + type.getRawClass().getSimpleName() + ": " + msg,
          details);
    }
  }
}
