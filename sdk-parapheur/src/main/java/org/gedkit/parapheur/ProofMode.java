package org.gedkit.parapheur;

/** How the proof reply carries the bytes ({@code mode} of {@code GET /rest/documents/{id}/proof}). */
public enum ProofMode {
  /** The raw bytes as the reply body ({@code mode=stream}): the SDK's default. */
  STREAM("stream"),
  /**
   * A JSON object holding the bytes in base64 ({@code mode=base64}, the server's default); decoded as it
   * arrives, never held whole in memory.
   */
  BASE64("base64");

  private final String wire;

  ProofMode(String wire) {
    this.wire = wire;
  }

  /**
   * The query value.
   *
   * @return {@code stream} or {@code base64}; never null
   */
  public String wire() {
    return wire;
  }
}
