package org.gedkit.ezged.internal;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.gedkit.core.auth.SessionManager;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.http.Sleeper;
import org.gedkit.ezged.model.SessionInfo;

/** What every *Api of one client shares. */
public final class EzGedContext {

  private final HttpTransport transport;
  private final SessionManager<String> sessions;
  private final String uploadToken;
  private final AtomicReference<SessionInfo> sessionInfo;

  public EzGedContext(HttpTransport transport, SessionManager<String> sessions, String uploadToken,
      AtomicReference<SessionInfo> sessionInfo) {
    this.transport = transport;
    this.sessions = sessions;
    this.uploadToken = uploadToken;
    this.sessionInfo = sessionInfo;
  }

  public HttpTransport transport() {
    return transport;
  }

  public SessionManager<String> sessions() {
    return sessions;
  }

  public String uploadToken() {
    return uploadToken;
  }

  public AtomicReference<SessionInfo> sessionInfo() {
    return sessionInfo;
  }

  public Clock clock() {
    return transport.clock();
  }

  public Sleeper sleeper() {
    return transport.sleeper();
  }

  /** An argument error naming the argument, raised before anything is sent. */
  public InvalidArgumentException invalid(String operation, String message) {
    return new InvalidArgumentException(message, transport.details(operation));
  }

  public ErrorDetails details(String operation) {
    return transport.details(operation);
  }

  /** Checks a text argument is neither null nor blank. */
  public String requireText(String operation, String name, String value) {
    if (value == null || value.isBlank()) {
      throw invalid(operation, name + " must not be " + (value == null ? "null" : "blank"));
    }
    return value;
  }

  /** Checks an id argument is positive. */
  public long requirePositive(String operation, String name, long value) {
    if (value < 1) {
      throw invalid(operation, name + " must be positive, was " + value);
    }
    return value;
  }

  /** Checks a reference argument is not null. */
  public <T> T requireNonNull(String operation, String name, T value) {
    if (value == null) {
      throw invalid(operation, name + " must not be null");
    }
    return value;
  }
}
