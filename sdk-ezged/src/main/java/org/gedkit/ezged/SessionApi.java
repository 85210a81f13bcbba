package org.gedkit.ezged;

import java.util.Map;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.ezged.internal.Envelope;
import org.gedkit.ezged.internal.EzGedContext;
import org.gedkit.ezged.internal.Wire;
import org.gedkit.ezged.model.KeepAliveCounters;
import org.gedkit.ezged.model.Row;
import org.gedkit.ezged.model.SessionInfo;

/**
 * The EzGED session (document sections "S'authentifier", "Maintenir la connexion", "Se déconnecter").
 *
 * <p>The client logs in by itself on the first call; these methods are for callers who want to log in early, read
 * the user parameters, keep the session alive by hand or log out without closing the client. Thread-safe.
 */
public final class SessionApi {

  private final EzGedContext ctx;

  SessionApi(EzGedContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Logs in with {@code sec/authenticate} if there is no session yet, and returns what the server said about the
   * user. The session id itself stays inside the client.
   *
   * @return the session info; never null
   * @throws org.gedkit.core.error.AuthenticationException when the login or password is refused
   * @throws EzGedSessionLimitException when EzGED has reached its maximum number of sessions ({@code -18})
   * @throws GedkitException on any other failure
   */
  public SessionInfo login() {
    ctx.sessions().current();
    return ctx.sessionInfo().get();
  }

  /**
   * Keeps the session alive ({@code secses/keepalive}, sent as a form POST) and returns the user's counters. EzGED
   * drops a session after 60 s without a call; the builder option {@code keepAlive(true)} calls this by itself.
   *
   * @return the counters; never null
   * @throws GedkitException on failure
   */
  public KeepAliveCounters keepAlive() {
    ApiRequest req = Wire.servicePost(Wire.KEEPALIVE, Map.of()).idempotent(true).build();
    return ctx.transport().execute(req, r -> {
      Envelope e = Envelope.read(r);
      return KeepAliveCounters.of(new Row(e.rowList().isEmpty() ? Map.of() : Wire.columns(e.rowList().get(0))));
    });
  }

  /**
   * Logs the current session out ({@code secses/delete}) if there is one; the next call logs in again.
   *
   * @return true when a session was logged out
   * @throws GedkitException when the server refuses the logout
   */
  public boolean logout() {
    String s = ctx.sessions().peek().orElse(null);
    if (s == null) {
      return false;
    }
    ctx.sessions().invalidate(s);
    ctx.transport().execute(logoutRequest(s), r -> Envelope.read(r));
    return true;
  }

  /**
   * How many times the client logged in (renewals included).
   *
   * @return the count
   */
  public long loginCount() {
    return ctx.sessions().loginCount();
  }

  static ApiRequest logoutRequest(String sessionId) {
    return Wire.serviceGet(Wire.LOGOUT).query("sessionid", sessionId).query("secsesid", sessionId)
        .query("forcedisconnect", 1).authenticated(false).build();
  }
}
