package org.gedkit.netexplorer;

import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.model.ConfigValues;
import org.gedkit.netexplorer.model.PlatformConfig;
import org.gedkit.netexplorer.model.PublicConfig;

/** Platform configuration (seed lines 789-796). Thread-safe. */
public final class ConfigApi {

  private final Ctx ctx;

  ConfigApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * The private platform configuration, with its feature switches ({@code GET /config}; seed lines 789-790; medium confidence).
   *
   * @return the PlatformConfig; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PlatformConfig get() {
    return ctx.json(ctx.req(Routes.GET_CONFIG).build(), PlatformConfig.class);
  }

  /**
   * The public configuration ({@code GET /publicconfig}; seed lines 791-792; medium confidence).
   *
   * @return the PublicConfig; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public PublicConfig publicConfig() {
    return ctx.json(ctx.req(Routes.GET_PUBLICCONFIG).build(), PublicConfig.class);
  }

  /**
   * Tests SMTP settings ({@code POST /config/smtp/test}; seed lines 793; high confidence).
   *
   * @param settings the settings
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void testSmtp(SmtpSettings settings) {
    ctx.nonNull(settings, Routes.POST_CONFIG_SMTP_TEST, "settings");
    ctx.check(!settings.toWire().isEmpty(), Routes.POST_CONFIG_SMTP_TEST, "settings must set at least one field");
    ctx.ok(ctx.req(Routes.POST_CONFIG_SMTP_TEST).jsonBody(settings.toWire()).build());
  }

  /**
   * Updates configuration values; returns the whole configuration ({@code PUT /config}; seed lines 794-796; high confidence).
   *
   * @param changes the fields to set
   * @return the ConfigValues; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public ConfigValues update(ConfigChanges changes) {
    ctx.nonNull(changes, Routes.PUT_CONFIG, "changes");
    ctx.check(!changes.toWire().isEmpty(), Routes.PUT_CONFIG, "changes must set at least one field");
    return ctx.json(ctx.req(Routes.PUT_CONFIG)
        .jsonBody(Wire.obj("config", changes.toWire())).build(), ConfigValues.class);
  }
}
