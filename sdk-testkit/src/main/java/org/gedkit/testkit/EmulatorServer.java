package org.gedkit.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;
import org.gedkit.core.json.GedkitJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of every back-end emulator: an HTTP server on a random loopback port, a clock the test can
 * advance, a log of the requests received and fault injection. Subclasses implement
 * {@link #handle(EmulatorRequest)}; everything else is shared.
 *
 * <p>Start it with {@link #start()} (or use it in try-with-resources after starting); point a client at
 * {@link #baseUrl()}. Thread-safe: requests are handled concurrently, so subclasses guard their state.
 */
public abstract class EmulatorServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);

  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock;
  private final FaultInjector faults = new FaultInjector();
  private final List<RecordedCall> calls = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean started;

  /**
   * Creates an emulator with its own clock.
   *
   * @param clock the clock sessions and tokens expire on
   */
  protected EmulatorServer(MutableClock clock) {
    this.clock = clock;
    server.setBodyLimit(Long.MAX_VALUE);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return EmulatorServer.this.dispatch(request);
      }
    });
  }

  /**
   * Starts the server on a random loopback port.
   *
   * @param <E> the emulator type
   * @return this emulator
   */
  @SuppressWarnings("unchecked")
  public synchronized <E extends EmulatorServer> E start() {
    if (!started) {
      try {
        server.start(InetAddress.getLoopbackAddress(), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      started = true;
    }
    return (E) this;
  }

  /**
   * The root URL of the emulator, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. Starts
   * the emulator if it is not started yet.
   *
   * @return the URL; never null
   */
  public String baseUrl() {
    start();
    String u = server.url("/").toString();
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  /**
   * The port (starting the emulator if it is not started yet).
   *
   * @return the port
   */
  public int port() {
    start();
    return server.getPort();
  }

  /**
   * The clock the emulator's sessions expire on.
   *
   * @return the clock; never null
   */
  public MutableClock clock() {
    return clock;
  }

  /**
   * The fault injector.
   *
   * @return the injector; never null
   */
  public FaultInjector faults() {
    return faults;
  }

  /**
   * Every request received so far, in order.
   *
   * @return a snapshot; never null
   */
  public List<RecordedCall> requests() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /**
   * How many received requests match.
   *
   * @param filter the test
   * @return the count
   */
  public long count(Predicate<RecordedCall> filter) {
    synchronized (calls) {
      return calls.stream().filter(filter).count();
    }
  }

  /** Forgets the recorded requests. */
  public void clearRequests() {
    calls.clear();
  }

  /**
   * Handles one request.
   *
   * @param request the request
   * @return the reply; never null
   */
  protected abstract MockResponse handle(EmulatorRequest request);

  private MockResponse dispatch(RecordedRequest raw) {
    EmulatorRequest req = new EmulatorRequest(raw);
    Map<String, String> query = new LinkedHashMap<>();
    for (String n : raw.getUrl().queryParameterNames()) {
      String v = raw.getUrl().queryParameter(n);
      query.put(n, v == null ? "" : v);
    }
    String path = req.path();
    Fault fault = faults.take(raw.getMethod(), path, raw.getUrl().query());
    long size = raw.getBodySize();
    calls.add(new RecordedCall(raw.getMethod(), path, query, raw.getHeaders(),
        size <= 1 << 20 ? req.bodyText() : "", size, fault != null));
    if (fault != null) {
      LOG.debug("injecting {} on {} {}", fault.kind(), raw.getMethod(), path);
      return applyFault(fault, req);
    }
    try {
      return handle(req);
    } catch (RuntimeException e) {
      LOG.warn("emulator failed on {} {}", raw.getMethod(), path, e);
      return json(500, Map.of("error", "emulator failure: " + e));
    }
  }

  private MockResponse applyFault(Fault f, EmulatorRequest req) {
    switch (f.kind()) {
      case RESET_BEFORE_REPLY:
        // onRequestStart would be ignored here: a dispatcher's reply is chosen after the request was read
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build();
      case RESET_MID_BODY: {
        MockResponse real = handle(req);
        return new MockResponse.Builder(real).onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build();
      }
      case STATUS: {
        MockResponse.Builder b = new MockResponse.Builder().code(f.status());
        if (f.retryAfter() != null) {
          b.setHeader("Retry-After", f.retryAfter());
        }
        if (f.body() != null) {
          b.setHeader("Content-Type", f.body().trim().startsWith("{") || f.body().trim().startsWith("[")
              || f.body().trim().startsWith("\"") ? "application/json" : "text/plain");
          b.body(f.body());
        }
        return b.build();
      }
      case DELAY: {
        MockResponse real = handle(req);
        return new MockResponse.Builder(real).headersDelay(f.delay().toMillis(), TimeUnit.MILLISECONDS).build();
      }
      case TRUNCATED_BODY: {
        MockResponse real = handle(req);
        Buffer full = new Buffer();
        try {
          if (real.getBody() != null) {
            real.getBody().writeTo(full);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        byte[] bytes = full.readByteArray();
        byte[] half = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        return new MockResponse.Builder(real).body(new Buffer().write(half)).build();
      }
      case HTML_ERROR_PAGE:
        return new MockResponse.Builder().code(f.status()).setHeader("Content-Type", "text/html; charset=utf-8")
            .body("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
                + "<p>The proxy server received an invalid response from an upstream server.</p></body></html>")
            .build();
      case WRONG_SHAPE:
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(f.body()).build();
      case WRONG_CONTENT_TYPE: {
        MockResponse real = handle(req);
        return new MockResponse.Builder(real).setHeader("Content-Type", "text/plain").build();
      }
      default:
        throw new IllegalStateException("unknown fault " + f.kind());
    }
  }

  /**
   * A JSON reply.
   *
   * @param status the status
   * @param body any value the shared mapper can write
   * @return the reply; never null
   */
  protected static MockResponse json(int status, Object body) {
    try {
      return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json; charset=utf-8")
          .body(GedkitJson.mapper().writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A plain-text reply.
   *
   * @param status the status
   * @param text the text
   * @return the reply; never null
   */
  protected static MockResponse text(int status, String text) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/plain; charset=utf-8").body(text)
        .build();
  }

  /**
   * A binary reply streamed from a source opened when the reply is written (never held whole in memory).
   *
   * @param status the status
   * @param contentType the media type
   * @param length the exact length
   * @param opener opens the bytes
   * @return a builder, to add headers; never null
   */
  protected static MockResponse.Builder streaming(int status, String contentType, long length, StreamOpener opener) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", contentType)
        .body(new MockResponseBody() {
          @Override
          public long getContentLength() {
            return length;
          }

          @Override
          public void writeTo(BufferedSink sink) throws IOException {
            try (InputStream in = opener.open()) {
              byte[] buf = new byte[64 * 1024];
              long left = length;
              int n;
              while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                sink.write(buf, 0, n);
                left -= n;
              }
            }
          }
        });
  }

  /** Opens the bytes of a streamed reply. */
  @FunctionalInterface
  protected interface StreamOpener {
    /**
     * Opens the stream.
     *
     * @return the stream
     * @throws IOException when it cannot be opened
     */
    InputStream open() throws IOException;
  }

  /**
   * Stops the server. Idempotent.
   */
  @Override
  public void close() {
    try {
      server.close();
    } catch (RuntimeException e) {
      LOG.debug("closing the emulator failed", e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + (started ? baseUrl() : "not started") + "]";
  }
}
