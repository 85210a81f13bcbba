package org.gedkit.netexplorer.internal;

/**
 * Per-client route settings: the API base path (without slashes, e.g. {@code api}) and the low-confidence opt-in.
 *
 * @param basePath the base path segments, e.g. {@code api}; empty for none
 * @param allowLowConfidence whether low-confidence routes may be called
 */
public record RouteContext(String basePath, boolean allowLowConfidence) {

  /**
   * Normalises the base path.
   *
   * @param basePath see the record description
   * @param allowLowConfidence see the record description
   */
  public RouteContext {
    basePath = basePath == null ? "" : basePath.replaceAll("^/+|/+$", "");
  }
}
