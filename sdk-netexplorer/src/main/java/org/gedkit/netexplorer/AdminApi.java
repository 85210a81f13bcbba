package org.gedkit.netexplorer;

import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.model.PlatformUsage;

/** Platform administration (seed lines 882-891). Thread-safe. */
public final class AdminApi {

  private final Ctx ctx;

  AdminApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * Platform usage; sections is a bitmask (1 storage, 2 trashes.users, 4 slots, 8 visits, 16 versions, 32 stats, 64 private.users); its query name was lost and is guessed as mask ({@code GET /fzen}; seed lines 882-891; medium confidence).
   *
   * @param sections the sections bitmask (1, 2, 4, 8, 16, 32, 64 added up)
   * @return the PlatformUsage; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PlatformUsage usage(int sections) {
    ctx.check(sections >= 0 && sections <= 127, Routes.GET_FZEN, "sections must be a mask between 0 and 127, was " + sections);
    return ctx.json(ctx.req(Routes.GET_FZEN).query("mask", sections).build(), PlatformUsage.class);
  }
}
