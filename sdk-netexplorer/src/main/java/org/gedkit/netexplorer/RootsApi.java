package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.model.Folder;

/**
 * Root listings (route table "Folders and roots": {@code /roots}, {@code /root/{type}}, {@code /root/portal/{filter}};
 * medium confidence, no seed text). The replies are read as folders; an object reply becomes a one-item list.
 * Thread-safe.
 */
public final class RootsApi {

  private final Ctx ctx;

  RootsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * The roots of the current user ({@code GET /roots}).
   *
   * @return the roots; never null
   */
  public List<Folder> list() {
    return ctx.list(ctx.req(Routes.GET_ROOTS).build(), Folder.class);
  }

  /**
   * The root of a type ({@code GET /root/{type}}).
   *
   * @param type the root type (e.g. {@code private}, {@code shared}; values not documented)
   * @return the roots of that type; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when type is blank
   */
  public List<Folder> byType(String type) {
    ctx.nonBlank(type, Routes.GET_ROOT_TYPE, "type");
    return ctx.list(ctx.req(Routes.GET_ROOT_TYPE, type).build(), Folder.class);
  }

  /**
   * The portal root ({@code GET /root/portal/{filter}}).
   *
   * @param filter the filter path element
   * @return the roots; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when filter is blank
   */
  public List<Folder> portal(String filter) {
    ctx.nonBlank(filter, Routes.GET_ROOT_PORTAL_FILTER, "filter");
    return ctx.list(ctx.req(Routes.GET_ROOT_PORTAL_FILTER, filter).build(), Folder.class);
  }
}
