package org.gedkit.qorus;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.gedkit.core.paging.PagedIterable;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.internal.QorusYaml;
import org.gedkit.qorus.model.Order;
import org.gedkit.qorus.model.OrderDetails;
import org.gedkit.qorus.model.OrderError;
import org.gedkit.qorus.model.OrderNote;
import org.gedkit.qorus.model.OrderStatusChange;
import org.gedkit.qorus.model.ProcessingSummary;
import org.gedkit.qorus.model.SensitiveDataEntry;
import org.gedkit.qorus.model.SensitiveOrder;
import org.gedkit.qorus.model.SynchronousOrderResult;

/**
 * The orders group ({@code /api/v2/orders}): workflow order search, status control (retry, cancel, block, skip step, lock), data (dynamic, static, sensitive; JSON or YAML) and notes.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#orders()}.
 */
public final class OrdersApi {

  private final QorusContext ctx;

  OrdersApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Searches workflow orders, lazily, page by page (limit and offset; the server default row limit is 100).
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders}.
   *
   * @param options the optional arguments; not null (use {@code OrderSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<Order> search(OrderSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("orders.search", "options must not be null");
    }
    return ctx.call("orders.search", "GET", "orders")
        .args(options.toArgs())
        .paged(options.pageSize(), Order.class);
  }

  /**
   * Blocks orders; returns a hash keyed by order ID.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders?action=block}.
   *
   * @param ids the {@code ids} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> blockMany(List<Long> ids) {
    return ctx.call("orders.blockMany", "PUT", "orders")
        .action("block")
        .required("ids", ids)
        .sendMap();
  }

  /**
   * Cancels orders; returns a hash keyed by order ID.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders?action=cancel}.
   *
   * @param ids the {@code ids} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> cancelMany(List<Long> ids) {
    return ctx.call("orders.cancelMany", "PUT", "orders")
        .action("cancel")
        .required("ids", ids)
        .sendMap();
  }

  /**
   * Searches order errors.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders?action=listErrors}.
   *
   * @param options the optional arguments; not null (use {@code ErrorSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<OrderError> listErrors(ErrorSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("orders.listErrors", "options must not be null");
    }
    return ctx.call("orders.listErrors", "GET", "orders")
        .action("listErrors")
        .args(options.toArgs())
        .paged(options.pageSize(), OrderError.class);
  }

  /**
   * Returns the order processing summary.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders?action=processingSummary}.
   *
   * @param minDate the {@code mindate} argument
   * @param options the optional arguments; not null (use {@code ProcessingSummaryOptions.defaults()})
   * @return the ProcessingSummary elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ProcessingSummary> processingSummary(OffsetDateTime minDate, ProcessingSummaryOptions options) {
    if (options == null) {
      throw ctx.invalid("orders.processingSummary", "options must not be null");
    }
    return ctx.call("orders.processingSummary", "GET", "orders")
        .action("processingSummary")
        .required("mindate", minDate)
        .args(options.toArgs())
        .sendList(ProcessingSummary.class);
  }

  /**
   * Deletes sensitive data by key type and value (or other criteria); https only.
   *
   * <p>Qorus REST API v2: {@code DELETE /api/v2/orders?action=purgeSensitiveData}.
   *
   * @param options the optional arguments; not null (use {@code PurgeSensitiveDataOptions.defaults()})
   * @return the SensitiveOrder elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank, or over plain http (sensitive data)
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<SensitiveOrder> purgeSensitiveData(PurgeSensitiveDataOptions options) {
    if (options == null) {
      throw ctx.invalid("orders.purgeSensitiveData", "options must not be null");
    }
    return ctx.call("orders.purgeSensitiveData", "DELETE", "orders")
        .action("purgeSensitiveData")
        .args(options.toArgs())
        .sensitive()
        .sendList(SensitiveOrder.class);
  }

  /**
   * Retries orders; returns a hash keyed by order ID.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders?action=retry}.
   *
   * @param ids the {@code ids} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> retryMany(List<Long> ids) {
    return ctx.call("orders.retryMany", "PUT", "orders")
        .action("retry")
        .required("ids", ids)
        .sendMap();
  }

  /**
   * Searches orders by sensitive data key type and value; https only.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders?action=searchSensitiveData}.
   *
   * @param skey the {@code skey} argument
   * @param svalue the {@code svalue} argument
   * @param options the optional arguments; not null (use {@code SensitiveSearchOptions.defaults()})
   * @return the lazy listing: nothing is fetched before iteration
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank, or over plain http (sensitive data)
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public PagedIterable<SensitiveOrder> searchSensitiveData(String skey, String svalue, SensitiveSearchOptions options) {
    if (options == null) {
      throw ctx.invalid("orders.searchSensitiveData", "options must not be null");
    }
    return ctx.call("orders.searchSensitiveData", "GET", "orders")
        .action("searchSensitiveData")
        .required("skey", skey)
        .required("svalue", svalue)
        .args(options.toArgs())
        .sensitive()
        .paged(options.pageSize(), SensitiveOrder.class);
  }

  /**
   * Unblocks orders; returns a hash keyed by order ID.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders?action=unblock}.
   *
   * @param ids the {@code ids} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> unblockMany(List<Long> ids) {
    return ctx.call("orders.unblockMany", "PUT", "orders")
        .action("unblock")
        .required("ids", ids)
        .sendMap();
  }

  /**
   * Uncancels orders; returns a hash keyed by order ID.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders?action=uncancel}.
   *
   * @param ids the {@code ids} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> uncancelMany(List<Long> ids) {
    return ctx.call("orders.uncancelMany", "PUT", "orders")
        .action("uncancel")
        .required("ids", ids)
        .sendMap();
  }

  /**
   * Returns one order with its data, has_sensitive_data and (over https, with the permission) sensitive_data.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders/{id}}.
   *
   * @param id the {@code {id}} path value
   * @return the OrderDetails returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderDetails get(long id) {
    return ctx.call("orders.get", "GET", "orders")
        .id("id", id)
        .send(OrderDetails.class);
  }

  /**
   * Blocks an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=block}.
   *
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange block(long id) {
    return ctx.call("orders.block", "PUT", "orders")
        .id("id", id)
        .action("block")
        .send(OrderStatusChange.class);
  }

  /**
   * Breaks the operator lock of an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=breakLock}.
   *
   * @param id the {@code {id}} path value
   * @param note the {@code note} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void breakLock(long id, String note) {
    ctx.call("orders.breakLock", "PUT", "orders")
        .id("id", id)
        .action("breakLock")
        .required("note", note)
        .sendDiscarding();
  }

  /**
   * Cancels an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=cancel}.
   *
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange cancel(long id) {
    return ctx.call("orders.cancel", "PUT", "orders")
        .id("id", id)
        .action("cancel")
        .send(OrderStatusChange.class);
  }

  /**
   * Replaces the dynamic data of an order (null removes it).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=dynamicData}.
   *
   * @param id the {@code {id}} path value
   * @param newData the {@code newdata} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void updateDynamicData(long id, Map<String, Object> newData) {
    ctx.call("orders.updateDynamicData", "PUT", "orders")
        .id("id", id)
        .action("dynamicData")
        .arg("newdata", newData)
        .sendDiscarding();
  }

  /**
   * Executes an existing order synchronously.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/orders/{id}?action=execSynchronous}.
   *
   * @param id the {@code {id}} path value
   * @param options the {@code options} argument (optional, null to leave out)
   * @return the SynchronousOrderResult returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SynchronousOrderResult execSynchronous(long id, Map<String, Object> options) {
    return ctx.call("orders.execSynchronous", "POST", "orders")
        .id("id", id)
        .action("execSynchronous")
        .arg("options", options)
        .send(SynchronousOrderResult.class);
  }

  /**
   * Returns the errors of an order.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders/{id}?action=listErrors}.
   *
   * @param id the {@code {id}} path value
   * @return the OrderError elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<OrderError> errors(long id) {
    return ctx.call("orders.errors", "GET", "orders")
        .id("id", id)
        .action("listErrors")
        .sendList(OrderError.class);
  }

  /**
   * Sets the operator lock of an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=lock}.
   *
   * @param id the {@code {id}} path value
   * @param note the {@code note} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void lock(long id, String note) {
    ctx.call("orders.lock", "PUT", "orders")
        .id("id", id)
        .action("lock")
        .required("note", note)
        .sendDiscarding();
  }

  /**
   * Returns the notes of an order.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders/{id}?action=notes}.
   *
   * @param id the {@code {id}} path value
   * @param limit the {@code limit} argument (optional, null to leave out)
   * @return the OrderNote elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<OrderNote> notes(long id, Integer limit) {
    return ctx.call("orders.notes", "GET", "orders")
        .id("id", id)
        .action("notes")
        .arg("limit", limit)
        .sendList(OrderNote.class);
  }

  /**
   * Adds a note to an order.
   *
   * <p>Qorus REST API v2: {@code POST /api/v2/orders/{id}?action=notes}.
   *
   * @param id the {@code {id}} path value
   * @param note the {@code note} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void addNote(long id, String note) {
    ctx.call("orders.addNote", "POST", "orders")
        .id("id", id)
        .action("notes")
        .required("note", note)
        .sendDiscarding();
  }

  /**
   * Reschedules an order (null removes the scheduled date).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=reschedule}.
   *
   * @param id the {@code {id}} path value
   * @param date the {@code date} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void reschedule(long id, OffsetDateTime date) {
    ctx.call("orders.reschedule", "PUT", "orders")
        .id("id", id)
        .action("reschedule")
        .arg("date", date)
        .sendDiscarding();
  }

  /**
   * Retries an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=retry}.
   *
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange retry(long id) {
    return ctx.call("orders.retry", "PUT", "orders")
        .id("id", id)
        .action("retry")
        .send(OrderStatusChange.class);
  }

  /**
   * Replaces (or with null data removes) the sensitive data of an order for one key type and value; https only.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=sensitiveData}.
   *
   * @param id the {@code {id}} path value
   * @param skey the {@code skey} argument
   * @param svalue the {@code svalue} argument
   * @param data the {@code data} argument (optional, null to leave out)
   * @param aliases the {@code aliases} argument (optional, null to leave out)
   * @param meta the {@code meta} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank, or over plain http (sensitive data)
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void updateSensitiveData(long id, String skey, String svalue, Map<String, Object> data, List<String> aliases, Map<String, Object> meta) {
    ctx.call("orders.updateSensitiveData", "PUT", "orders")
        .id("id", id)
        .action("sensitiveData")
        .required("skey", skey)
        .required("svalue", svalue)
        .arg("data", data)
        .arg("aliases", aliases)
        .arg("meta", meta)
        .sensitive()
        .sendDiscarding();
  }

  /**
   * Sets an order to ERROR.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=setError}.
   *
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange setError(long id) {
    return ctx.call("orders.setError", "PUT", "orders")
        .id("id", id)
        .action("setError")
        .send(OrderStatusChange.class);
  }

  /**
   * Sets the priority of an order (0 highest - 999).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=setPriority}.
   *
   * @param id the {@code {id}} path value
   * @param priority the {@code priority} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setPriority(long id, int priority) {
    ctx.call("orders.setPriority", "PUT", "orders")
        .id("id", id)
        .action("setPriority")
        .required("priority", priority)
        .sendDiscarding();
  }

  /**
   * Skips a step of an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=skipStep}.
   *
   * @param id the {@code {id}} path value
   * @param stepId the {@code stepid} argument
   * @param ind the {@code ind} argument (optional, null to leave out)
   * @param noRetry the {@code noretry} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void skipStep(long id, long stepId, String ind, Boolean noRetry) {
    ctx.call("orders.skipStep", "PUT", "orders")
        .id("id", id)
        .action("skipStep")
        .required("stepid", stepId)
        .arg("ind", ind)
        .arg("noretry", noRetry)
        .sendDiscarding();
  }

  /**
   * Replaces the static data of an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=staticData}.
   *
   * @param id the {@code {id}} path value
   * @param newData the {@code newdata} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void updateStaticData(long id, Map<String, Object> newData) {
    ctx.call("orders.updateStaticData", "PUT", "orders")
        .id("id", id)
        .action("staticData")
        .required("newdata", newData)
        .sendDiscarding();
  }

  /**
   * Unblocks an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=unblock}.
   *
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange unblock(long id) {
    return ctx.call("orders.unblock", "PUT", "orders")
        .id("id", id)
        .action("unblock")
        .send(OrderStatusChange.class);
  }

  /**
   * Uncancels an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=uncancel}.
   *
   * @param id the {@code {id}} path value
   * @return the OrderStatusChange returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public OrderStatusChange uncancel(long id) {
    return ctx.call("orders.uncancel", "PUT", "orders")
        .id("id", id)
        .action("uncancel")
        .send(OrderStatusChange.class);
  }

  /**
   * Removes the operator lock of an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=unlock}.
   *
   * @param id the {@code {id}} path value
   * @param note the {@code note} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void unlock(long id, String note) {
    ctx.call("orders.unlock", "PUT", "orders")
        .id("id", id)
        .action("unlock")
        .arg("note", note)
        .sendDiscarding();
  }

  /**
   * Replaces the order keys of an order.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=updateKeys}.
   *
   * @param id the {@code {id}} path value
   * @param orderKeys the {@code orderkeys} argument
   * @param truncate the {@code truncate} argument (optional, null to leave out)
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> updateKeys(long id, Map<String, Object> orderKeys, Boolean truncate) {
    return ctx.call("orders.updateKeys", "PUT", "orders")
        .id("id", id)
        .action("updateKeys")
        .required("orderkeys", orderKeys)
        .arg("truncate", truncate)
        .sendMap();
  }

  /**
   * Returns the dynamic data of an order, parsed from the YAML string the server returns.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders/{id}?action=yamlDynamicData}.
   *
   * @param id the {@code {id}} path value
   * @return the data, parsed from the YAML string returned; empty when there is none
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> yamlDynamicData(long id) {
    return ctx.call("orders.yamlDynamicData", "GET", "orders")
        .id("id", id)
        .action("yamlDynamicData")
        .sendYamlMap();
  }

  /**
   * Replaces the dynamic data of an order, sent as a YAML string (null removes it).
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=yamlDynamicData}.
   *
   * @param id the {@code {id}} path value
   * @param newData the {@code newdata} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void updateYamlDynamicData(long id, Map<String, Object> newData) {
    ctx.call("orders.updateYamlDynamicData", "PUT", "orders")
        .id("id", id)
        .action("yamlDynamicData")
        .arg("newdata", newData == null ? null : QorusYaml.write(newData, ctx.transport().details("orders.updateYamlDynamicData")))
        .sendDiscarding();
  }

  /**
   * Replaces the sensitive data of an order for one key type and value, sent as YAML; https only.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=yamlSensitiveData}.
   *
   * @param id the {@code {id}} path value
   * @param skey the {@code skey} argument
   * @param svalue the {@code svalue} argument
   * @param data the {@code data} argument (optional, null to leave out)
   * @param aliases the {@code aliases} argument (optional, null to leave out)
   * @param meta the {@code meta} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank, or over plain http (sensitive data)
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void updateYamlSensitiveData(long id, String skey, String svalue, Map<String, Object> data, List<String> aliases, Map<String, Object> meta) {
    ctx.call("orders.updateYamlSensitiveData", "PUT", "orders")
        .id("id", id)
        .action("yamlSensitiveData")
        .required("skey", skey)
        .required("svalue", svalue)
        .arg("data", data == null ? null : QorusYaml.write(data, ctx.transport().details("orders.updateYamlSensitiveData")))
        .arg("aliases", aliases)
        .arg("meta", meta)
        .sensitive()
        .sendDiscarding();
  }

  /**
   * Returns the sensitive data of an order for one key type and value (data parsed from YAML); https only.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders/{id}?action=yamlSensitiveData}.
   *
   * @param id the {@code {id}} path value
   * @param skey the {@code skey} argument
   * @param svalue the {@code svalue} argument
   * @return the SensitiveDataEntry returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank, or over plain http (sensitive data)
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public SensitiveDataEntry yamlSensitiveData(long id, String skey, String svalue) {
    return ctx.call("orders.yamlSensitiveData", "GET", "orders")
        .id("id", id)
        .action("yamlSensitiveData")
        .required("skey", skey)
        .required("svalue", svalue)
        .sensitive()
        .send(SensitiveDataEntry.class);
  }

  /**
   * Replaces the static data of an order, sent as a YAML string.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/orders/{id}?action=yamlStaticData}.
   *
   * @param id the {@code {id}} path value
   * @param newData the {@code newdata} argument
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void updateYamlStaticData(long id, Map<String, Object> newData) {
    ctx.call("orders.updateYamlStaticData", "PUT", "orders")
        .id("id", id)
        .action("yamlStaticData")
        .required("newdata", QorusYaml.write(newData, ctx.transport().details("orders.updateYamlStaticData")))
        .sendDiscarding();
  }

  /**
   * Returns the static data of an order, parsed from the YAML string the server returns.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/orders/{id}?action=yamlStaticData}.
   *
   * @param id the {@code {id}} path value
   * @return the data, parsed from the YAML string returned; empty when there is none
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> yamlStaticData(long id) {
    return ctx.call("orders.yamlStaticData", "GET", "orders")
        .id("id", id)
        .action("yamlStaticData")
        .sendYamlMap();
  }
}
