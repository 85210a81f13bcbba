package org.gedkit.benchmarks.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 server on a random loopback port, written for measuring clients: keep-alive, one thread per
 * connection, request bodies streamed to the handler (fixed length or chunked), replies written from canned bytes or
 * generated on the fly. It keeps nothing of a request once it is answered, so gigabytes can pass through a small heap.
 *
 * <p>It measures its own cost: {@link #serverNanos()} is the time its threads spent between having read a request
 * head and having flushed the reply (the handler included), so a benchmark can show how much of a round trip is the
 * server's.
 */
public final class LoopbackServer implements AutoCloseable {

  /** Handles one request. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Answers a request (call one of the {@code respond} methods exactly once).
     *
     * @param exchange the request and its reply
     * @throws IOException when reading the body or writing the reply fails
     */
    void handle(Exchange exchange) throws IOException;
  }

  /** Writes a generated reply body. */
  @FunctionalInterface
  public interface BodyWriter {
    /**
     * Writes the body.
     *
     * @param out the connection (buffered; do not close)
     * @throws IOException when the connection fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final Handler handler;
  private final Thread acceptor;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong serverNanos = new AtomicLong();
  private final AtomicLong serverCpuNanos = new AtomicLong();
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
  private volatile boolean closed;

  /**
   * Starts a server on a random loopback port.
   *
   * @param handler answers every request
   */
  public LoopbackServer(Handler handler) {
    this.handler = handler;
    try {
      this.socket = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.acceptor = new Thread(this::acceptLoop, "loopback-accept-" + socket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * The root URL, e.g. {@code http://127.0.0.1:41234}, without a trailing slash.
   *
   * @return the URL; never null
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /**
   * Requests answered so far.
   *
   * @return the count
   */
  public long requests() {
    return requests.get();
  }

  /**
   * Nanoseconds the server spent answering (head read to reply flushed), summed over all requests.
   *
   * @return the total
   */
  public long serverNanos() {
    return serverNanos.get();
  }

  /**
   * CPU nanoseconds the server's threads spent answering (head read to reply flushed), summed over all requests. Unlike
   * {@link #serverNanos()}, it leaves out the time a big reply waits for the client to read it.
   *
   * @return the total
   */
  public long serverCpuNanos() {
    return serverCpuNanos.get();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        if (!closed) {
          continue;
        }
        return;
      }
      open.add(s);
      Thread t = new Thread(() -> serve(s), "loopback-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
      OutputStream out = new BufferedOutputStream(s.getOutputStream(), 64 * 1024);
      while (!closed) {
        String line = readLine(in);
        if (line == null) {
          return;
        }
        if (line.isEmpty()) {
          continue;
        }
        long started = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        String[] parts = line.split(" ", 3);
        Map<String, String> headers = new HashMap<>();
        String h;
        while ((h = readLine(in)) != null && !h.isEmpty()) {
          int c = h.indexOf(':');
          if (c > 0) {
            headers.put(h.substring(0, c).trim().toLowerCase(Locale.ROOT), h.substring(c + 1).trim());
          }
        }
        InputStream body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
          body = new ChunkedBody(in);
        } else {
          body = new FixedBody(in, Long.parseLong(headers.getOrDefault("content-length", "0")));
        }
        Exchange ex = new Exchange(parts[0], parts.length > 1 ? parts[1] : "/", headers, body, out);
        try {
          handler.handle(ex);
        } catch (RuntimeException e) {
          if (!ex.responded) {
            ex.respond(500, "text/plain", ("server failure: " + e).getBytes(StandardCharsets.UTF_8));
          }
        }
        if (!ex.responded) {
          ex.respond(500, "text/plain", "no reply".getBytes(StandardCharsets.UTF_8));
        }
        body.transferTo(OutputStream.nullOutputStream());
        out.flush();
        serverNanos.addAndGet(System.nanoTime() - started);
        serverCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
        requests.incrementAndGet();
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
          return;
        }
      }
    } catch (SocketException | EOFException e) {
      // the client went away
    } catch (IOException e) {
      // the client went away mid-request
    } finally {
      open.remove(s);
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder(64);
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') {
          sb.setLength(n - 1);
        }
        return sb.toString();
      }
      sb.append((char) b);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing
    }
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing
      }
    }
  }

  /** One request and its reply. Not thread-safe. */
  public static final class Exchange {
    private final String method;
    private final String target;
    private final Map<String, String> headers;
    private final InputStream body;
    private final OutputStream out;
    private boolean responded;

    Exchange(String method, String target, Map<String, String> headers, InputStream body, OutputStream out) {
      this.method = method;
      this.target = target;
      this.headers = headers;
      this.body = body;
      this.out = out;
    }

    /**
     * The method.
     *
     * @return e.g. {@code GET}
     */
    public String method() {
      return method;
    }

    /**
     * The path without the query.
     *
     * @return the path
     */
    public String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }

    /**
     * A query parameter (first value, percent-decoded).
     *
     * @param name the name
     * @return the value, or null
     */
    public String query(String name) {
      int q = target.indexOf('?');
      return q < 0 ? null : formValue(target.substring(q + 1), name);
    }

    /**
     * A request header.
     *
     * @param name the name (any case)
     * @return the value, or null
     */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The request body, streamed.
     *
     * @return the body; never null
     */
    public InputStream body() {
      return body;
    }

    /**
     * Replies with bytes.
     *
     * @param status the status
     * @param contentType the media type
     * @param bytes the body
     * @throws IOException when the connection fails
     */
    public void respond(int status, String contentType, byte[] bytes) throws IOException {
      head(status, contentType, bytes.length);
      out.write(bytes);
    }

    /**
     * Replies with a generated body of a known length.
     *
     * @param status the status
     * @param contentType the media type
     * @param length the exact body length
     * @param writer writes exactly {@code length} bytes
     * @throws IOException when the connection fails
     */
    public void respond(int status, String contentType, long length, BodyWriter writer) throws IOException {
      head(status, contentType, length);
      writer.writeTo(out);
    }

    private void head(int status, String contentType, long length) throws IOException {
      if (responded) {
        throw new IllegalStateException("already answered");
      }
      responded = true;
      String h = "HTTP/1.1 " + status + (status < 400 ? " OK" : " Error") + "\r\nContent-Type: " + contentType
          + "\r\nContent-Length: " + length + "\r\n\r\n";
      out.write(h.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  /**
   * A value of an {@code application/x-www-form-urlencoded} text (also a query string).
   *
   * @param form the text
   * @param name the name
   * @return the decoded value, or null
   */
  public static String formValue(String form, String name) {
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      if (k.equals(name)) {
        return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static final class FixedBody extends InputStream {
    private final InputStream in;
    private long left;

    FixedBody(InputStream in, long left) {
      this.in = in;
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n < 0) {
        throw new EOFException("body cut with " + left + " bytes left");
      }
      left -= n;
      return n;
    }
  }

  private static final class ChunkedBody extends InputStream {
    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedBody(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (left == 0) {
        String size = readLine(in);
        if (size == null) {
          throw new EOFException("chunked body cut");
        }
        int semi = size.indexOf(';');
        left = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
        if (left == 0) {
          String t;
          while ((t = readLine(in)) != null && !t.isEmpty()) {
            // trailers ignored
          }
          done = true;
          return -1;
        }
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n < 0) {
        throw new EOFException("chunked body cut");
      }
      left -= n;
      if (left == 0) {
        readLine(in);
      }
      return n;
    }
  }
}
