package org.gedkit.netexplorer;

import java.util.List;
import org.gedkit.netexplorer.internal.Ctx;
import org.gedkit.netexplorer.internal.Routes;
import org.gedkit.netexplorer.internal.Wire;
import org.gedkit.netexplorer.model.Alert;

/** E-mail alerts on folders (seed "Alerte", lines 120-131, 691-702). Thread-safe. */
public final class AlertsApi {

  private final Ctx ctx;

  AlertsApi(Ctx ctx) {
    this.ctx = ctx;
  }

  /**
   * One alert ({@code GET /alert/{alertId}}; seed lines 691-693; high confidence).
   *
   * @param alertId the alert id
   * @return the Alert; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Alert get(long alertId) {
    ctx.id(alertId, Routes.GET_ALERT_ALERTID, "alertId");
    return ctx.json(ctx.req(Routes.GET_ALERT_ALERTID, alertId).build(), Alert.class);
  }

  /**
   * The alerts of a folder (a plain array) ({@code GET /alerts/{folderId}}; seed lines 694-696; high confidence).
   *
   * @param folderId the folder id
   * @return the items; never null, possibly empty
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public List<Alert> list(long folderId) {
    ctx.id(folderId, Routes.GET_ALERTS_FOLDERID, "folderId");
    return ctx.list(ctx.req(Routes.GET_ALERTS_FOLDERID, folderId).build(), Alert.class);
  }

  /**
   * Creates an alert for a user or group, sent with an Email object ({@code POST /alert}; seed lines 697; high confidence).
   *
   * @param folderId the folder id
   * @param targetId the alerted user or group
   * @param emailId id of the Email object used to send the alert (not range-checked: the seed example holds -1)
   * @return the Alert; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Alert create(long folderId, long targetId, long emailId) {
    ctx.id(folderId, Routes.POST_ALERT, "folderId");
    ctx.id(targetId, Routes.POST_ALERT, "targetId");
    return ctx.json(ctx.req(Routes.POST_ALERT)
        .jsonBody(Wire.obj("folder_id", folderId, "target_id", targetId, "email", emailId)).build(), Alert.class);
  }

  /**
   * Changes the Email object of an alert ({@code PUT /alert/{alertId}}; seed lines 698-700; high confidence).
   *
   * @param alertId the alert id
   * @param emailId id of the Email object used to send the alert (not range-checked: the seed example holds -1)
   * @return the Alert; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public Alert edit(long alertId, long emailId) {
    ctx.id(alertId, Routes.PUT_ALERT_ALERTID, "alertId");
    return ctx.json(ctx.req(Routes.PUT_ALERT_ALERTID, alertId)
        .jsonBody(Wire.obj("email", emailId)).build(), Alert.class);
  }

  /**
   * Deletes an alert ({@code DELETE /alert/{alertId}}; seed lines 701-702; high confidence).
   *
   * @param alertId the alert id
   * @throws org.gedkit.core.error.InvalidArgumentException when an argument is invalid (checked before sending)
   */
  public void delete(long alertId) {
    ctx.id(alertId, Routes.DELETE_ALERT_ALERTID, "alertId");
    ctx.ok(ctx.req(Routes.DELETE_ALERT_ALERTID, alertId).build());
  }
}
