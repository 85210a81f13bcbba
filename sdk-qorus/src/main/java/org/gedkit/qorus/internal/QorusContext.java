package org.gedkit.qorus.internal;

import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.HttpTransport;

/**
 * What every {@code *Api} of a client shares: the transport and whether the server is reached over https.
 *
 * @param transport the transport
 * @param loopbackHttpIsSecure whether plain http to a loopback address counts as secure (tests, emulators)
 */
public record QorusContext(HttpTransport transport, boolean loopbackHttpIsSecure) {

  /**
   * Starts a call.
   *
   * @param operation the operation name, for errors and logs (e.g. {@code orders.retry})
   * @param method the HTTP method
   * @param group the literal group path after {@code /api/v2} (e.g. {@code system/props}), may be empty
   * @return the call builder
   */
  public QorusCall call(String operation, String method, String group) {
    return new QorusCall(this, operation, method, group);
  }

  /**
   * Whether sensitive data may be sent: https, or loopback http when allowed.
   *
   * @return true when secure
   */
  public boolean secure() {
    if (transport.baseUrl().isHttps()) {
      return true;
    }
    String host = transport.baseUrl().host();
    return loopbackHttpIsSecure && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1")
        || host.equals("[::1]") || host.startsWith("127."));
  }

  /**
   * Refuses sensitive data over plain http.
   *
   * @param operation the operation
   */
  public void requireSecure(String operation) {
    if (!secure()) {
      throw invalid(operation, "sensitive data is only sent over https; the base URL uses plain http");
    }
  }

  /**
   * An argument check failure.
   *
   * @param operation the operation
   * @param message what is wrong
   * @return the exception
   */
  public InvalidArgumentException invalid(String operation, String message) {
    return new InvalidArgumentException(message, transport.details(operation));
  }
}
