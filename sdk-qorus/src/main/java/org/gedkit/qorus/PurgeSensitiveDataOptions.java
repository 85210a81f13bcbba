package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Arguments of {@code DELETE /api/v2/orders?action=purgeSensitiveData}.
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param skey {@code skey}, null to leave out
 * @param svalue {@code svalue}, null to leave out
 * @param force {@code force}, null to leave out
 * @param maxModified {@code maxmodified}, null to leave out
 * @param minStarted {@code minstarted}, null to leave out
 * @param maxStarted {@code maxstarted}, null to leave out
 * @param modified {@code modified}, null to leave out
 * @param status {@code status}, null to leave out
 * @param workflowInstanceId {@code workflow_instanceid}, null to leave out
 * @param workflowId {@code workflowid}, null to leave out
 * @param workflowName {@code workflowname}, null to leave out
 */
public record PurgeSensitiveDataOptions(String skey, String svalue, Boolean force, OffsetDateTime maxModified, OffsetDateTime minStarted, OffsetDateTime maxStarted, OffsetDateTime modified, List<String> status, List<Long> workflowInstanceId, List<Long> workflowId, String workflowName) {

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static PurgeSensitiveDataOptions defaults() {
    return new PurgeSensitiveDataOptions(null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * A copy with {@code skey} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withSkey(String value) {
    return new PurgeSensitiveDataOptions(value, svalue, force, maxModified, minStarted, maxStarted, modified, status, workflowInstanceId, workflowId, workflowName);
  }
  /**
   * A copy with {@code svalue} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withSvalue(String value) {
    return new PurgeSensitiveDataOptions(skey, value, force, maxModified, minStarted, maxStarted, modified, status, workflowInstanceId, workflowId, workflowName);
  }
  /**
   * A copy with {@code force} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withForce(Boolean value) {
    return new PurgeSensitiveDataOptions(skey, svalue, value, maxModified, minStarted, maxStarted, modified, status, workflowInstanceId, workflowId, workflowName);
  }
  /**
   * A copy with {@code maxmodified} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withMaxModified(OffsetDateTime value) {
    return new PurgeSensitiveDataOptions(skey, svalue, force, value, minStarted, maxStarted, modified, status, workflowInstanceId, workflowId, workflowName);
  }
  /**
   * A copy with {@code minstarted} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withMinStarted(OffsetDateTime value) {
    return new PurgeSensitiveDataOptions(skey, svalue, force, maxModified, value, maxStarted, modified, status, workflowInstanceId, workflowId, workflowName);
  }
  /**
   * A copy with {@code maxstarted} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withMaxStarted(OffsetDateTime value) {
    return new PurgeSensitiveDataOptions(skey, svalue, force, maxModified, minStarted, value, modified, status, workflowInstanceId, workflowId, workflowName);
  }
  /**
   * A copy with {@code modified} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withModified(OffsetDateTime value) {
    return new PurgeSensitiveDataOptions(skey, svalue, force, maxModified, minStarted, maxStarted, value, status, workflowInstanceId, workflowId, workflowName);
  }
  /**
   * A copy with {@code status} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withStatus(List<String> value) {
    return new PurgeSensitiveDataOptions(skey, svalue, force, maxModified, minStarted, maxStarted, modified, value, workflowInstanceId, workflowId, workflowName);
  }
  /**
   * A copy with {@code workflow_instanceid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withWorkflowInstanceId(List<Long> value) {
    return new PurgeSensitiveDataOptions(skey, svalue, force, maxModified, minStarted, maxStarted, modified, status, value, workflowId, workflowName);
  }
  /**
   * A copy with {@code workflowid} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withWorkflowId(List<Long> value) {
    return new PurgeSensitiveDataOptions(skey, svalue, force, maxModified, minStarted, maxStarted, modified, status, workflowInstanceId, value, workflowName);
  }
  /**
   * A copy with {@code workflowname} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public PurgeSensitiveDataOptions withWorkflowName(String value) {
    return new PurgeSensitiveDataOptions(skey, svalue, force, maxModified, minStarted, maxStarted, modified, status, workflowInstanceId, workflowId, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("skey", skey);
    m.put("svalue", svalue);
    m.put("force", force);
    m.put("maxmodified", maxModified);
    m.put("minstarted", minStarted);
    m.put("maxstarted", maxStarted);
    m.put("modified", modified);
    m.put("status", status);
    m.put("workflow_instanceid", workflowInstanceId);
    m.put("workflowid", workflowId);
    m.put("workflowname", workflowName);
    return m;
  }

  @Override
  public String toString() {
    return "PurgeSensitiveDataOptions[skey=" + skey + ", svalue=" + (svalue == null ? "null" : "***") + ", force=" + force
        + ", status=" + status + ", workflowName=" + workflowName + "]";
  }
}
