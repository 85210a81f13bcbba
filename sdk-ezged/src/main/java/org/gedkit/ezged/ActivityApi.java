package org.gedkit.ezged;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.EzGedContext;
import org.gedkit.ezged.internal.Wire;
import org.gedkit.ezged.model.ActivityEntry;
import org.gedkit.ezged.model.ActivityLog;
import org.gedkit.ezged.model.Row;

/** Activities of records and workflow bags (document section "Obtenir les activités d'une fiche"). Thread-safe. */
public final class ActivityApi {

  private final EzGedContext ctx;

  ActivityApi(EzGedContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The activities of a record ({@code log/getactivity} with {@code type=index}), all of them, without detail.
   *
   * @param table the table ({@code tbl})
   * @param rsid the record id ({@code rsid})
   * @return the activities; never null
   * @throws InvalidArgumentException when an argument is invalid
   * @throws GedkitException on failure
   */
  public ActivityLog forRecord(String table, long rsid) {
    return forRecord(table, rsid, ActivityOptions.defaults());
  }

  /**
   * The activities of a record ({@code log/getactivity} with {@code type=index}).
   *
   * @param table the table ({@code tbl})
   * @param rsid the record id ({@code rsid})
   * @param options detail and filter
   * @return the activities; never null
   * @throws InvalidArgumentException when an argument is invalid
   * @throws GedkitException on failure
   */
  public ActivityLog forRecord(String table, long rsid, ActivityOptions options) {
    ctx.requireText(Wire.ACTIVITY, "table", table);
    ctx.requirePositive(Wire.ACTIVITY, "rsid", rsid);
    ActivityOptions o = ctx.requireNonNull(Wire.ACTIVITY, "options", options);
    return fetch(Wire.serviceGet(Wire.ACTIVITY).query("type", "index").query("tbl", table).query("rsid", rsid), o);
  }

  /**
   * The activities of a workflow bag ({@code log/getactivity} with {@code type=workflow}).
   *
   * @param bagId the bag ({@code wfbagid})
   * @param options detail and filter
   * @return the activities; never null
   * @throws InvalidArgumentException when an argument is invalid
   * @throws GedkitException on failure
   */
  public ActivityLog forWorkflow(long bagId, ActivityOptions options) {
    ctx.requirePositive(Wire.ACTIVITY, "bagId", bagId);
    ActivityOptions o = ctx.requireNonNull(Wire.ACTIVITY, "options", options);
    return fetch(Wire.serviceGet(Wire.ACTIVITY).query("type", "workflow").query("wfbagid", bagId), o);
  }

  private ActivityLog fetch(ApiRequest.Builder b, ActivityOptions o) {
    b.query("detail", o.detail() ? 1 : 0).query("filter", o.usersOnly() ? "users" : "all");
    return ctx.transport().execute(b.build(), r -> {
      Envelope e = Envelope.read(r);
      List<ActivityEntry> entries = new ArrayList<>();
      for (JsonNode n : e.rowList()) {
        entries.add(ActivityEntry.of(new Row(Wire.columns(n))));
      }
      Long total = Wire.longOf(e.root().path("object").get("count"));
      return new ActivityLog(entries, total == null ? OptionalLong.empty() : OptionalLong.of(total));
    });
  }
}
