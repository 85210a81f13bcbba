package org.gedkit.parapheur.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.auth.IssuedSession;
import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web-user token flow, used as the login of a {@code SessionManager}: refresh with the last refresh
 * token while it is valid ({@code GET /rest/authenticate/token?refreshToken=…} → {@code {"token"}}),
 * otherwise log in ({@code POST /rest/authenticate {login, password}} → 204 with {@code Token} and
 * {@code Refresh-Token} headers). Called by one thread at a time (the session manager's lock).
 */
public final class TokenLogin {

  /** Operation name of the login call. */
  public static final String AUTHENTICATE = "auth.authenticate";
  /** Operation name of the refresh call. */
  public static final String REFRESH = "auth.refreshToken";

  /** A fresh JWT expiring sooner than this (by our clock) is taken as clock skew, not as its real expiry. */
  static final java.time.Duration MIN_BELIEVABLE_LIFETIME = java.time.Duration.ofMinutes(2);

  private static final Logger LOG = LoggerFactory.getLogger(TokenLogin.class);

  private final HttpTransport transport;
  private final Credentials credentials;
  private final Clock clock;
  private final AtomicReference<TokenPair> last = new AtomicReference<>();

  /**
   * Creates the login.
   *
   * @param transport the transport (login calls are sent unauthenticated)
   * @param credentials a user name and password
   * @param clock the clock refresh-token expiry is checked on
   */
  public TokenLogin(HttpTransport transport, Credentials credentials, Clock clock) {
    this.transport = transport;
    this.credentials = credentials;
    this.clock = clock;
  }

  /**
   * Gets a fresh token: by refreshing when a valid refresh token is known, else by logging in.
   *
   * @return the issued token, expiring when its {@code exp} claim says
   * @throws GedkitException when the server refuses the credentials
   */
  public IssuedSession<TokenPair> login() {
    TokenPair previous = last.get();
    if (previous != null && previous.refreshToken() != null && !expired(previous.refreshToken())) {
      try {
        TokenPair p = new TokenPair(refresh(previous.refreshToken()), previous.refreshToken());
        last.set(p);
        return issued(p);
      } catch (AuthenticationException | InvalidArgumentException e) {
        LOG.debug("parapheur: refreshing the token failed, logging in again: {}", e.reason());
      }
    }
    TokenPair p = authenticate();
    last.set(p);
    return issued(p);
  }

  private boolean expired(String jwt) {
    Optional<Instant> exp = Jwt.expiry(jwt);
    return exp.isPresent() && !clock.instant().isBefore(exp.get());
  }

  /**
   * The issued session, expiring at the JWT's {@code exp} when that is believable: a fresh token that our
   * clock already sees (nearly) expired means the clocks disagree, and trusting it would renew on every call,
   * so such a token is kept until the server refuses it.
   */
  private IssuedSession<TokenPair> issued(TokenPair p) {
    Instant believable = clock.instant().plus(MIN_BELIEVABLE_LIFETIME);
    return Jwt.expiry(p.token()).filter(at -> at.isAfter(believable)).map(at -> IssuedSession.expiringAt(p, at))
        .orElseGet(() -> IssuedSession.of(p));
  }

  private TokenPair authenticate() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("login", credentials.user().orElseThrow());
    body.put("password", credentials.secret());
    ApiRequest req = ApiRequest.post(AUTHENTICATE).path("rest/authenticate").jsonBody(body)
        .secretValue(credentials.secret()).authenticated(false).idempotent(true).build();
    return transport.execute(req, r -> {
      String token = r.header("Token").filter(s -> !s.isBlank()).orElseThrow(
          () -> r.protocolError("the login reply (HTTP " + r.status() + ") has no Token header"));
      String refresh = r.header("Refresh-Token").filter(s -> !s.isBlank()).orElse(null);
      return new TokenPair(token, refresh);
    });
  }

  private String refresh(String refreshToken) {
    ApiRequest req = ApiRequest.get(REFRESH).path("rest/authenticate/token").query("refreshToken", refreshToken)
        .authenticated(false).build();
    return transport.execute(req, r -> {
      JsonNode node = r.jsonTree();
      JsonNode token = node.get("token");
      if (token == null || !token.isTextual() || token.asText().isBlank()) {
        throw r.protocolError("the refresh reply has no \"token\"");
      }
      return IssuedSession.requireHeaderSafe(token.asText(), "the refresh reply's token", r.details());
    });
  }
}
