package org.gedkit.testkit;

import java.util.Map;
import okhttp3.Headers;

/**
 * A request an emulator received (bodies over 1 MiB are not kept).
 *
 * @param method the HTTP method
 * @param path the path without the query
 * @param query the query parameters (first value of each), in the order received
 * @param headers the headers
 * @param bodyText the body as text (empty for large or binary bodies)
 * @param bodySize the body size in bytes
 * @param faulted whether a fault was injected in place of the reply
 */
public record RecordedCall(String method, String path, Map<String, String> query, Headers headers, String bodyText,
    long bodySize, boolean faulted) {

  /**
   * Copies the query map.
   *
   * @param method see the record description
   * @param path see the record description
   * @param query see the record description
   * @param headers see the record description
   * @param bodyText see the record description
   * @param bodySize see the record description
   * @param faulted see the record description
   */
  public RecordedCall {
    // keeps the order the parameters came in
    query = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(query));
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : " " + query.keySet()) + (faulted ? " (faulted)" : "");
  }
}
