package org.gedkit.core.http;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Hides secrets in URLs, headers and form bodies before they reach a log line or an exception message.
 *
 * <p>Names are matched case-insensitively. The defaults cover every back end's secrets: headers
 * {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie},
 * {@code Qorus-Token}, {@code Token}, {@code Refresh-Token}; parameters {@code password},
 * {@code pwd}, {@code pass}, {@code token}, {@code sessionid}, {@code secsesid},
 * {@code access_token}, {@code oauth_token}, {@code refresh_token}, {@code refreshToken},
 * {@code apikey}, {@code api_key}. Immutable and thread-safe.
 */
public final class Redactor {

  /** What replaces a secret value. */
  public static final String MASK = "***";

  private static final Set<String> DEFAULT_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "qorus-token", "token",
          "refresh-token", "x-auth-token", "x-api-key");
  private static final Set<String> DEFAULT_PARAMS =
      Set.of("password", "pwd", "pass", "passwd", "token", "sessionid", "secsesid", "access_token",
          "oauth_token", "refresh_token", "refreshtoken", "apikey", "api_key", "client_secret", "jwt");

  private static final Redactor DEFAULT = new Redactor(DEFAULT_HEADERS, DEFAULT_PARAMS);

  private final Set<String> headers;
  private final Set<String> params;

  private Redactor(Collection<String> headers, Collection<String> params) {
    this.headers = lower(headers);
    this.params = lower(params);
  }

  private static Set<String> lower(Collection<String> names) {
    Set<String> set = new TreeSet<>();
    for (String n : names) {
      set.add(n.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(set);
  }

  /**
   * The default redactor.
   *
   * @return the redactor; never null
   */
  public static Redactor defaults() {
    return DEFAULT;
  }

  /**
   * A copy that also hides the given header names.
   *
   * @param names header names
   * @return a new redactor; never null
   */
  public Redactor withHeaders(String... names) {
    Set<String> h = new TreeSet<>(headers);
    h.addAll(lower(Set.of(names)));
    return new Redactor(h, params);
  }

  /**
   * A copy that also hides the given query or form parameter names.
   *
   * @param names parameter names
   * @return a new redactor; never null
   */
  public Redactor withParameters(String... names) {
    Set<String> p = new TreeSet<>(params);
    p.addAll(lower(Set.of(names)));
    return new Redactor(headers, p);
  }

  /**
   * Whether a header's value is hidden.
   *
   * @param name the header name
   * @return true when hidden
   */
  public boolean isSecretHeader(String name) {
    return headers.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a query or form parameter's value is hidden.
   *
   * @param name the parameter name
   * @return true when hidden
   */
  public boolean isSecretParameter(String name) {
    return params.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The URL with secret query values and any user info replaced by {@link #MASK}.
   *
   * @param url the URL
   * @return the redacted URL text; never null
   */
  public String redact(HttpUrl url) {
    HttpUrl.Builder b = url.newBuilder();
    if (!url.username().isEmpty()) {
      b.username(MASK);
    }
    if (!url.password().isEmpty()) {
      b.password(MASK);
    }
    String query = url.encodedQuery();
    if (query != null) {
      // rebuilt in place, so that the parameters keep their order
      StringBuilder q = new StringBuilder();
      for (String pair : query.split("&", -1)) {
        if (q.length() > 0) {
          q.append('&');
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String decoded = decodeQuietly(name);
        q.append(eq >= 0 && isSecretParameter(decoded) ? name + "=" + MASK : pair);
      }
      b.encodedQuery(q.toString());
    }
    return b.build().toString();
  }

  /**
   * The headers as {@code Name: value} lines with secret values replaced by {@link #MASK}.
   *
   * @param h the headers
   * @return the text; never null
   */
  public String redact(Headers h) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < h.size(); i++) {
      String name = h.name(i);
      sb.append(name).append(": ").append(isSecretHeader(name) ? MASK : h.value(i)).append('\n');
    }
    return sb.toString();
  }

  /**
   * An {@code a=b&c=d} form body with secret values replaced.
   *
   * @param form the encoded form
   * @return the redacted text; never null
   */
  public String redactForm(String form) {
    StringBuilder sb = new StringBuilder();
    for (String pair : form.split("&", -1)) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String decoded = decodeQuietly(name);
      sb.append(eq >= 0 && isSecretParameter(decoded) ? name + "=" + MASK : pair);
    }
    return sb.toString();
  }

  private static String decodeQuietly(String encoded) {
    try {
      return java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return encoded;
    }
  }

  /**
   * Replaces every occurrence of the given secret values in free text (e.g. an error body that echoes a
   * token). Values shorter than 4 characters are left alone to keep text readable.
   *
   * @param text the text
   * @param secrets the secret values, nulls ignored
   * @return the text without the secrets; never null
   */
  public static String scrub(String text, Collection<String> secrets) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (String s : secrets) {
      if (s != null && s.length() >= 4) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Redactor[headers=" + headers + ", parameters=" + params + "]";
  }
}
