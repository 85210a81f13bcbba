package org.gedkit.ezged.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * A node of the view tree of {@code query/gettreearchive}: a group ({@code queries}), a binder ({@code family},
 * key {@code QRYSET_ID}) or a view/query ({@code query}, key {@code QRY_ID}).
 *
 * @param type the wire {@code type}: {@code queries}, {@code family}, {@code query} or another
 * @param label {@code label}, {@code QRYSET_DESC} or {@code QRY_DESC}, whichever the node has
 * @param id {@code QRYSET_ID} of a binder or {@code QRY_ID} of a view; empty for a group
 * @param children the nodes of its {@code rows}; never null
 * @param columns every column of the node except {@code rows}
 */
public record ViewNode(String type, String label, OptionalLong id, List<ViewNode> children,
    Map<String, Object> columns) {

  /**
   * Copies the lists and maps.
   *
   * @param type the wire type
   * @param label the label
   * @param id the binder or view id
   * @param children the children
   * @param columns every column
   */
  public ViewNode {
    type = type == null ? "" : type;
    label = label == null ? "" : label;
    id = id == null ? OptionalLong.empty() : id;
    children = children == null ? List.of() : List.copyOf(children);
    columns = new Row(columns).columns();
  }

  /**
   * Whether this node is a view (a query that {@code query/getexec} can run).
   *
   * @return true for {@code type = query}
   */
  public boolean isQuery() {
    return "query".equals(type);
  }

  /**
   * Whether this node is a binder ({@code family}).
   *
   * @return true for {@code type = family}
   */
  public boolean isFamily() {
    return "family".equals(type);
  }

  /**
   * A column as text.
   *
   * @param name e.g. {@code QRY_RANK}
   * @return the value, or empty
   */
  public Optional<String> column(String name) {
    return new Row(columns).string(name);
  }

  /**
   * This node and all its descendants, depth first.
   *
   * @return a stream; never null
   */
  public Stream<ViewNode> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(ViewNode::flatten));
  }
}
