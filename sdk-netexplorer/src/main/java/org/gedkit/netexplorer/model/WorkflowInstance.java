package org.gedkit.netexplorer.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gedkit.core.json.ExtraFields;
import org.gedkit.netexplorer.internal.NetExplorerJson;
import org.gedkit.netexplorer.internal.Norm;

/**
 * A workflow (flux) instance (seed "Instance de flux", lines 320-334).
 *
 * @param id unique id (wire {@code id})
 * @param objectType type of the attached object (wire {@code object_type}); never null, empty when the server omits it
 * @param objectId id of the attached object (wire {@code object_id}); never null, empty when the server omits it
 * @param flux the flux type (wire {@code flux}); never null, empty when the server omits it
 * @param state the current state (wire {@code state}); never null, empty when the server omits it
 * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
 * @param properties flux properties as plain JSON values (wire {@code properties}); never null, empty when the server omits it
 * @param creation creation (wire {@code creation}); never null, empty when the server omits it
 * @param edit last change (in the example) (wire {@code edit}); never null, empty when the server omits it
 * @param isClosed in a final state (wire {@code is_closed}); never null, empty when the server omits it
 * @param transitionsAvailable transitions available from the current state, as plain JSON values (wire {@code transitions_available}); never null, empty when the server omits it
 * @param dataObjects attached objects (wire {@code data_objects}); never null, empty when absent
 * @param extra wire fields this SDK does not know yet; never null
 */
public record WorkflowInstance(
    @JsonProperty("id") long id,
    @JsonProperty("object_type") Optional<String> objectType,
    @JsonProperty("object_id") @JsonDeserialize(contentUsing = NetExplorerJson.LenientLong.class) Optional<Long> objectId,
    @JsonProperty("flux") Optional<WorkflowFlux> flux,
    @JsonProperty("state") Optional<WorkflowState> state,
    @JsonProperty("owner_id") Optional<String> ownerId,
    @JsonProperty("properties") Optional<Object> properties,
    @JsonProperty("creation") Optional<OffsetDateTime> creation,
    @JsonProperty("edit") Optional<OffsetDateTime> edit,
    @JsonProperty("is_closed") Optional<Boolean> isClosed,
    @JsonProperty("transitions_available") Optional<Object> transitionsAvailable,
    @JsonProperty("data_objects") List<WorkflowObject> dataObjects,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Normalises the components (no nulls).
   *
   * @param id unique id (wire {@code id})
   * @param objectType type of the attached object (wire {@code object_type}); never null, empty when the server omits it
   * @param objectId id of the attached object (wire {@code object_id}); never null, empty when the server omits it
   * @param flux the flux type (wire {@code flux}); never null, empty when the server omits it
   * @param state the current state (wire {@code state}); never null, empty when the server omits it
   * @param ownerId creator's id (wire {@code owner_id}); never null, empty when the server omits it
   * @param properties flux properties as plain JSON values (wire {@code properties}); never null, empty when the server omits it
   * @param creation creation (wire {@code creation}); never null, empty when the server omits it
   * @param edit last change (in the example) (wire {@code edit}); never null, empty when the server omits it
   * @param isClosed in a final state (wire {@code is_closed}); never null, empty when the server omits it
   * @param transitionsAvailable transitions available from the current state, as plain JSON values (wire {@code transitions_available}); never null, empty when the server omits it
   * @param dataObjects attached objects (wire {@code data_objects}); never null, empty when absent
   * @param extra wire fields this SDK does not know yet; never null
   */
  public WorkflowInstance {
    objectType = Norm.opt(objectType);
    objectId = Norm.opt(objectId);
    flux = Norm.opt(flux);
    state = Norm.opt(state);
    ownerId = Norm.opt(ownerId);
    properties = Norm.opt(properties);
    creation = Norm.opt(creation);
    edit = Norm.opt(edit);
    isClosed = Norm.opt(isClosed);
    transitionsAvailable = Norm.opt(transitionsAvailable);
    dataObjects = Norm.list(dataObjects);
    extra = ExtraFields.copyOf(extra);
  }
}
