package example.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A user's own record, outside Gedkit's packages, whose constructor changes the map it is given: the Gedkit mapper
 * must hand it Jackson's map as it always did.
 *
 * @param tags the tags
 */
public record ForeignRecord(@JsonProperty("tags") Map<String, Object> tags) {

  /** Marks the map as seen. */
  public ForeignRecord {
    if (tags != null) {
      tags.put("seen", true);
    }
  }
}
