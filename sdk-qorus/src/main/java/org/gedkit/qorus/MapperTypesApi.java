package org.gedkit.qorus;

import java.util.List;
import java.util.Map;
import org.gedkit.qorus.internal.QorusContext;

/**
 * The mappertypes group ({@code /api/v2/mappertypes}): the mapper types.
 *
 * <p>Each method cites the operation of the Qorus REST API v2 document it sends. Thread-safe; obtain it
 * from {@link QorusClient#mapperTypes()}.
 */
public final class MapperTypesApi {

  private final QorusContext ctx;

  MapperTypesApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Returns the mapper types.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/mappertypes}.
   *
   * @return the Object elements returned; never null
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public List<Object> list() {
    return ctx.call("mapperTypes.list", "GET", "mappertypes")
        .sendList(Object.class);
  }

  /**
   * Returns one mapper type.
   *
   * <p>Qorus REST API v2: {@code GET /api/v2/mappertypes/{name}}.
   *
   * @param name the {@code {name}} path value
   * @return the hash returned (empty when the server returned nothing)
   * @throws org.gedkit.core.error.InvalidArgumentException when a required argument is null or blank
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public Map<String, Object> get(String name) {
    return ctx.call("mapperTypes.get", "GET", "mappertypes")
        .id("name", name)
        .sendMap();
  }
}
