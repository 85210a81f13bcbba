package org.gedkit.ezged.model;

import java.util.List;
import java.util.Optional;

/**
 * The tree of views the user can see ({@code query/gettreearchive}).
 *
 * @param roots the top nodes; never null
 */
public record ViewTree(List<ViewNode> roots) {

  /**
   * Copies the list.
   *
   * @param roots the top nodes
   */
  public ViewTree {
    roots = roots == null ? List.of() : List.copyOf(roots);
  }

  /**
   * Every view (query node) of the tree, depth first.
   *
   * @return the views; never null
   */
  public List<ViewNode> queries() {
    return roots.stream().flatMap(ViewNode::flatten).filter(ViewNode::isQuery).toList();
  }

  /**
   * Every binder (family node) of the tree, depth first.
   *
   * @return the binders; never null
   */
  public List<ViewNode> families() {
    return roots.stream().flatMap(ViewNode::flatten).filter(ViewNode::isFamily).toList();
  }

  /**
   * The first view with that description ({@code QRY_DESC}).
   *
   * @param description the description
   * @return the view, or empty
   */
  public Optional<ViewNode> findQuery(String description) {
    return queries().stream().filter(q -> q.label().equals(description)).findFirst();
  }
}
