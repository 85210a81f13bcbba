package org.gedkit.netexplorer.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.paging.Page;
import org.gedkit.core.paging.PagedIterable;

/**
 * What every *Api of a client shares: the transport (possibly with an AsId header), the route context and the clock.
 *
 * @param transport the transport
 * @param routes base path and opt-ins
 * @param clock the clock
 */
public record Ctx(HttpTransport transport, RouteContext routes, Clock clock) {

  /**
   * Starts a request for a route.
   *
   * @param route the route
   * @param params its path parameters
   * @return the builder
   */
  public ApiRequest.Builder req(Routes route, Object... params) {
    return route.request(routes, params);
  }

  /**
   * Sends and reads JSON.
   *
   * @param request the request
   * @param type the type
   * @param <T> the type
   * @return the value
   */
  public <T> T json(ApiRequest request, Class<T> type) {
    return transport.execute(request, r -> nonNull(r, r.json(type)));
  }

  /**
   * Sends and reads JSON.
   *
   * @param request the request
   * @param type the type
   * @param <T> the type
   * @return the value
   */
  public <T> T json(ApiRequest request, TypeReference<T> type) {
    return transport.execute(request, r -> nonNull(r, r.json(type)));
  }

  /**
   * Sends and reads a list that the server may send as an array or as one object.
   *
   * @param request the request
   * @param type the element type
   * @param <T> the element type
   * @return the list; never null
   */
  public <T> List<T> list(ApiRequest request, Class<T> type) {
    return transport.execute(request, r -> {
      JsonNode n = r.jsonTree();
      List<T> out = new ArrayList<>();
      if (n == null || n.isNull() || n.isMissingNode()) {
        return out;
      }
      if (n.isArray()) {
        for (JsonNode e : n) {
          out.add(r.convert(e, type));
        }
      } else if (n.isObject()) {
        out.add(r.convert(n, type));
      } else {
        throw r.protocolError("expected a JSON array or object");
      }
      return Norm.list(out);
    });
  }

  /**
   * Sends and expects a body such as the plain text {@code OK} (or nothing).
   *
   * @param request the request
   */
  public void ok(ApiRequest request) {
    transport.execute(request, r -> {
      r.bodyTextQuietly(1024);
      return Boolean.TRUE;
    });
  }

  /**
   * A lazy paged listing over the {@code {offset_start, nb_objets|nb_objects, nb_total_objects, objects}} envelope.
   *
   * @param route the listing's route, which names the operation in the listing's own errors (page size, endless
   *     listing)
   * @param pageSize page size
   * @param build builds the request of one page given offset and limit
   * @param type item type
   * @param <T> item type
   * @return the listing
   */
  public <T> PagedIterable<T> paged(Routes route, int pageSize, Function<long[], ApiRequest> build, Class<T> type) {
    // the core checks the page size, naming the back end and the route's operation
    return PagedIterable.offsetBased(transport.details(route.operation()), pageSize, pr -> transport.execute(
        build.apply(new long[] {pr.offset(), pr.limit()}), r -> envelope(r, type)));
  }

  /**
   * Reads a paging envelope.
   *
   * @param r the reply
   * @param type the item type
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> envelope(ApiResponse r, Class<T> type) {
    // streamed: no JSON tree, each object is read straight into its model
    return Listing.read(r, type);
  }

  /**
   * Reads a plain body up to a size.
   *
   * @param r the reply
   * @param max max characters
   * @return the text
   * @throws IOException when the connection fails while reading (the transport makes it a TransportException)
   */
  public static String text(ApiResponse r, int max) throws IOException {
    return r.bodyText(max);
  }

  private static <T> T nonNull(ApiResponse r, T value) {
    if (value == null) {
      throw r.protocolError("empty reply where a JSON value was expected");
    }
    return value;
  }

  /**
   * Checks an argument before sending.
   *
   * @param ok the condition
   * @param op the operation
   * @param message what is wrong, naming the argument
   */
  public void check(boolean ok, Routes op, String message) {
    if (!ok) {
      throw new InvalidArgumentException(message, transport.details(op.operation()));
    }
  }

  /**
   * Checks a string argument is not null or blank.
   *
   * @param value the value
   * @param op the operation
   * @param name the argument name
   * @return the value
   */
  public String nonBlank(String value, Routes op, String name) {
    check(value != null && !value.isBlank(), op, name + " must not be null or blank");
    return value;
  }

  /**
   * Checks an argument is not null.
   *
   * @param value the value
   * @param op the operation
   * @param name the argument name
   * @param <T> the type
   * @return the value
   */
  public <T> T nonNull(T value, Routes op, String name) {
    check(value != null, op, name + " must not be null");
    return value;
  }

  /**
   * Checks an id is positive.
   *
   * @param id the id
   * @param op the operation
   * @param name the argument name
   * @return the id
   */
  public long id(long id, Routes op, String name) {
    check(id > 0, op, name + " must be positive, was " + id);
    return id;
  }

  /**
   * Adds query parameters.
   *
   * @param b the builder
   * @param q the parameters (null values skipped)
   * @return the builder
   */
  public static ApiRequest.Builder query(ApiRequest.Builder b, Map<String, ?> q) {
    Objects.requireNonNull(q, "q").forEach(b::query);
    return b;
  }
}
