package org.gedkit.core.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;

/** Refuses the first {@code n} connections (as a server that is not up yet would), then connects. */
public final class FlakySocketFactory extends SocketFactory {
  private final AtomicInteger refusalsLeft;
  private final AtomicInteger attempts = new AtomicInteger();

  public FlakySocketFactory(int refusals) {
    this.refusalsLeft = new AtomicInteger(refusals);
  }

  public int attempts() {
    return attempts.get();
  }

  @Override
  public Socket createSocket() {
    return new Socket() {
      @Override
      public void connect(SocketAddress endpoint, int timeout) throws IOException {
        attempts.incrementAndGet();
        if (refusalsLeft.getAndDecrement() > 0) {
          throw new ConnectException("Connection refused (test)");
        }
        super.connect(endpoint, timeout);
      }
    };
  }

  @Override
  public Socket createSocket(String host, int port) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
    throw new UnsupportedOperationException();
  }
}
