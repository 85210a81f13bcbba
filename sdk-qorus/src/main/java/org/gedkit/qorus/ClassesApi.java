package org.gedkit.qorus;

import java.util.List;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.ClassInfo;

/**
 * The classes group ({@code /api/v2/classes}): Qorus class objects.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#classes()}.
 */
public final class ClassesApi {

  private final QorusContext ctx;

  ClassesApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns every class object.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/classes}.
   *
   * @return the ClassInfo elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ClassInfo> list() {
    return ctx.call("classes.list", "GET", "classes")
        .sendList(ClassInfo.class);
  }

  /**
   * Returns the class object names.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/classes?action=list}.
   *
   * @return the strings returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<String> names() {
    return ctx.call("classes.names", "GET", "classes")
        .action("list")
        .sendList(String.class);
  }

  /**
   * Returns one class object with its source.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/classes/{id_or_name}}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @return the ClassInfo returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public ClassInfo get(String idOrName) {
    return ctx.call("classes.get", "GET", "classes")
        .id("idOrName", idOrName)
        .send(ClassInfo.class);
  }
}
