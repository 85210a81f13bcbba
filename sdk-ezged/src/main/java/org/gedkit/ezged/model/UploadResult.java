package org.gedkit.ezged.model;

import java.util.Map;

/**
 * The reply of {@code pupload.php}.
 *
 * @param filePath where the server put the file ({@code filePath}); give it to
 *     {@code jobs().addPages(...)}
 * @param message the server message
 * @param chunkPart the {@code chunkpart} flag
 * @param columns every field of the reply
 */
public record UploadResult(String filePath, String message, boolean chunkPart, Map<String, Object> columns) {

  /**
   * Copies the fields.
   *
   * @param filePath the server path
   * @param message the message
   * @param chunkPart the chunk flag
   * @param columns every field
   */
  public UploadResult {
    filePath = filePath == null ? "" : filePath;
    message = message == null ? "" : message;
    columns = new Row(columns).columns();
  }
}
