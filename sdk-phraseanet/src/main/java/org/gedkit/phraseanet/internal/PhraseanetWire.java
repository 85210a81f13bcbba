package org.gedkit.phraseanet.internal;

import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.gedkit.core.http.AuthTarget;
import org.gedkit.core.http.RequestAuthorizer;

/** Transport-level wire rules of the Phraseanet API: token placement, trailing slash, Accept. */
public final class PhraseanetWire {

  /** The query parameter carrying the OAuth2 access token. */
  public static final String TOKEN_PARAMETER = "oauth_token";
  /** What the official SDK sends as {@code Accept} (the server would answer YAML to a YAML Accept). */
  public static final String ACCEPT = "application/json";

  private static volatile OkHttpClient shared;

  private PhraseanetWire() {}

  /**
   * An authorizer putting a fixed access token in the {@code oauth_token} query parameter.
   *
   * @param token the token
   * @return the authorizer; never null
   */
  public static RequestAuthorizer tokenAuthorizer(String token) {
    return new RequestAuthorizer() {
      @Override
      public Object authorize(AuthTarget target) {
        target.queryParameter(TOKEN_PARAMETER, token);
        return null;
      }

      @Override
      public void sessionExpired(Object stamp) {
        // a static OAuth token cannot be renewed here
      }

      @Override
      public String toString() {
        return "oauth_token=***";
      }
    };
  }

  /**
   * An OkHttp client derived from {@code base} (sharing its pool) that makes every path end with
   * {@code /}, as every Phraseanet API route does.
   *
   * @param base the user's client, or null for the module's shared one
   * @return the client; never null
   */
  public static OkHttpClient withTrailingSlash(OkHttpClient base) {
    if (base == null) {
      OkHttpClient c = shared;
      if (c == null) {
        synchronized (PhraseanetWire.class) {
          c = shared;
          if (c == null) {
            c = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofSeconds(60))
                .addInterceptor(PhraseanetWire::trailingSlash)
                .build();
            shared = c;
          }
        }
      }
      return c;
    }
    return base.newBuilder().addInterceptor(PhraseanetWire::trailingSlash).build();
  }

  static Response trailingSlash(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    return chain.proceed(request.newBuilder().url(slashed(request.url())).build());
  }

  /**
   * The URL with a trailing slash on its path.
   *
   * @param url the URL
   * @return the URL, unchanged when its path already ends with {@code /}
   */
  public static HttpUrl slashed(HttpUrl url) {
    if (url.encodedPath().endsWith("/")) {
      return url;
    }
    return url.newBuilder().addPathSegment("").build();
  }
}
