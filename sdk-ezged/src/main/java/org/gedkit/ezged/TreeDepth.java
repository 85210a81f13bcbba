package org.gedkit.ezged;

/**
 * What {@code query/gettreearchive} expands below a node ({@code depth}, as clients in the field send it; the
 * document lists the service without its arguments).
 */
public enum TreeDepth {
  /** {@code depth=query}: the views (queries) under the node. */
  QUERY("query"),
  /** {@code depth=treenode}: the folders (tree nodes) under the node. */
  TREENODE("treenode");

  private final String wire;

  TreeDepth(String wire) {
    this.wire = wire;
  }

  /**
   * The value sent.
   *
   * @return {@code query} or {@code treenode}
   */
  public String wire() {
    return wire;
  }
}
