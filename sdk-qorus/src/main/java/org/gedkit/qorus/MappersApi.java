package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;
import org.gedkit.qorus.model.Mapper;

/**
 * The mappers group ({@code /api/v2/mappers}): data mappers.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#mappers()}.
 */
public final class MappersApi {

  private final QorusContext ctx;

  MappersApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the mappers.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/mappers}.
   *
   * @return the Mapper elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Mapper> list() {
    return ctx.call("mappers.list", "GET", "mappers")
        .sendList(Mapper.class);
  }

  /**
   * Reloads mappers.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/mappers?action=reload}.
   *
   * @param ids the {@code ids} argument
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reloadMany(List<String> ids) {
    return ctx.call("mappers.reloadMany", "PUT", "mappers")
        .action("reload")
        .required("ids", ids)
        .sendMap();
  }

  /**
   * Reloads every mapper.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/mappers?action=reloadAll}.
   *
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reloadAll() {
    return ctx.call("mappers.reloadAll", "PUT", "mappers")
        .action("reloadAll")
        .sendMap();
  }

  /**
   * Returns one mapper.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/mappers/{id_or_name}}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @return the Mapper returned
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Mapper get(String idOrName) {
    return ctx.call("mappers.get", "GET", "mappers")
        .id("idOrName", idOrName)
        .send(Mapper.class);
  }

  /**
   * Reloads one mapper.
   *
   * <p>Qorus REST API v2: {@code PUT /api/v2/mappers/{id_or_name}?action=reload}.
   *
   * @param idOrName the {@code {id_or_name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> reload(String idOrName) {
    return ctx.call("mappers.reload", "PUT", "mappers")
        .id("idOrName", idOrName)
        .action("reload")
        .sendMap();
  }
}
