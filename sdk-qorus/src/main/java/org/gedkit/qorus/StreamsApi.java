package org.gedkit.qorus;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.qorus.internal.QorusContext;

/**
 * Streaming variants of the document's {@code action=stream} operations: the reply body is copied to an
 * {@link OutputStream} as it arrives, never held whole in memory. The typed methods
 * {@link ServicesApi#streamGet(String, String)} and {@link SystemApi#streamPut(String)} (and their
 * siblings) read a short reply as JSON; use these for long or binary streams. Thread-safe.
 */
public final class StreamsApi {

  private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");
  private final QorusContext ctx;

  StreamsApi(QorusContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Opens a service stream and copies what it sends to {@code out}.
   *
   * <p>Qorus REST API v2: {@code GET|PUT|POST|DELETE /api/v2/services/{id_or_name}?action=stream}.
   *
   * @param httpMethod {@code GET}, {@code PUT}, {@code POST} or {@code DELETE} (the stream's direction)
   * @param service the service id or name
   * @param stream the name of the stream the service implements
   * @param out where the bytes go (not closed)
   * @return the number of bytes received
   * @throws InvalidArgumentException when an argument is missing or the method is not one of the four
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public long service(String httpMethod, String service, String stream, OutputStream out) {
    String m = method(httpMethod, METHODS, "services.stream");
    return ctx.call("services.stream" + cap(m), m, "services")
        .id("service", service)
        .action("stream")
        .required("stream", stream)
        .sendTo(requireOut(out, "services.stream"));
  }

  /**
   * Opens the system test stream and copies it to {@code out}.
   *
   * <p>Qorus REST API v2: {@code PUT|POST /api/v2/system?action=stream}.
   *
   * @param httpMethod {@code PUT} or {@code POST}
   * @param stream {@code DataStream}, {@code EchoDataStream}, any other name for a string stream, or null
   * @param out where the bytes go (not closed)
   * @return the number of bytes received
   * @throws InvalidArgumentException when the method is not PUT or POST, or {@code out} is null
   * @throws org.gedkit.core.error.GedkitException when the server refuses the call
   */
  public long system(String httpMethod, String stream, OutputStream out) {
    String m = method(httpMethod, Set.of("PUT", "POST"), "system.stream");
    return ctx.call("system.stream" + cap(m), m, "system")
        .action("stream")
        .arg("stream", stream)
        .sendTo(requireOut(out, "system.stream"));
  }

  private String method(String httpMethod, Set<String> allowed, String op) {
    String m = httpMethod == null ? "" : httpMethod.trim().toUpperCase(Locale.ROOT);
    if (!allowed.contains(m)) {
      throw ctx.invalid(op, "httpMethod must be one of " + allowed + ", was " + httpMethod);
    }
    return m;
  }

  private OutputStream requireOut(OutputStream out, String op) {
    if (out == null) {
      throw ctx.invalid(op, "out must not be null");
    }
    return out;
  }

  private static String cap(String m) {
    return m.charAt(0) + m.substring(1).toLowerCase(Locale.ROOT);
  }
}
