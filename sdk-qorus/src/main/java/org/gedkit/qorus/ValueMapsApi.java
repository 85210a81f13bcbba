package org.gedkit.qorus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.ValueMap;

/**
 * The valuemaps group ({@code /api/v2/valuemaps}): value maps.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#valueMaps()}.
 */
public final class ValueMapsApi {

  private final QorusContext ctx;

  ValueMapsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the value maps.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/valuemaps}.
   *
   * @return the ValueMap elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<ValueMap> list() {
    return ctx.call("valueMaps.list", "GET", "valuemaps")
        .sendList(ValueMap.class);
  }

  /**
   * Reloads value maps.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/valuemaps?action=reload}.
   *
   * @param ids the {@code ids} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reloadMany(List<String> ids) {
    return ctx.call("valueMaps.reloadMany", "PUT", "valuemaps")
        .action("reload")
        .required("ids", ids)
        .sendMap();
  }

  /**
   * Reloads every value map.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/valuemaps?action=reloadAll}.
   *
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reloadAll() {
    return ctx.call("valueMaps.reloadAll", "PUT", "valuemaps")
        .action("reloadAll")
        .sendMap();
  }

  /**
   * Returns one value map.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/valuemaps/{id_or_name}}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @return the ValueMap returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public ValueMap get(String idOrName) {
    return ctx.call("valueMaps.get", "GET", "valuemaps")
        .id("idOrName", idOrName)
        .send(ValueMap.class);
  }

  /**
   * Returns every key and value of a value map.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/valuemaps/{id_or_name}?action=dump}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> dump(String idOrName) {
    return ctx.call("valueMaps.dump", "GET", "valuemaps")
        .id("idOrName", idOrName)
        .action("dump")
        .sendMap();
  }

  /**
   * Looks up a key in a value map; returns its value.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/valuemaps/{id_or_name}?action=lookup}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @param key the {@code key} argument
   * @return the value returned, as JSON (its shape depends on the arguments)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public JsonNode lookup(String idOrName, String key) {
    return ctx.call("valueMaps.lookup", "GET", "valuemaps")
        .id("idOrName", idOrName)
        .action("lookup")
        .required("key", key)
        .sendTree();
  }

  /**
   * Reloads one value map.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/valuemaps/{id_or_name}?action=reload}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reload(String idOrName) {
    return ctx.call("valueMaps.reload", "PUT", "valuemaps")
        .id("idOrName", idOrName)
        .action("reload")
        .sendMap();
  }

  /**
   * Creates, updates or (with a null value) deletes a key of a value map.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/valuemaps/{id_or_name}?action=value}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @param key the {@code key} argument
   * @param value the {@code value} argument (optional, null to leave out)
   * @param enabled the {@code enabled} argument (optional, null to leave out)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public void setValue(String idOrName, String key, Object value, Boolean enabled) {
    ctx.call("valueMaps.setValue", "PUT", "valuemaps")
        .id("idOrName", idOrName)
        .action("value")
        .required("key", key)
        .arg("value", value)
        .arg("enabled", enabled)
        .sendDiscarding();
  }

  /**
   * Returns one key of a value map with its value.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/valuemaps/{id_or_name}/{key}}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @param key the {@code {key}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> value(String idOrName, String key) {
    return ctx.call("valueMaps.value", "GET", "valuemaps")
        .id("idOrName", idOrName)
        .id("key", key)
        .sendMap();
  }
}
