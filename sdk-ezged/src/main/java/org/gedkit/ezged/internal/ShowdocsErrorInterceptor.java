package org.gedkit.ezged.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;

/**
 * {@code showdocs.php} answers a file, or an EzGED JSON envelope with an errorcode in a 200 reply (e.g. 401 when
 * the session is gone). Core downloads copy any 2xx body to the target, so this interceptor turns such a reply into
 * an HTTP error status (401 for errorcode 401, 500 otherwise), keeping the body: the error decoder then maps the
 * errorcode and the transport renews the session and replays.
 */
public final class ShowdocsErrorInterceptor implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response r = chain.proceed(chain.request());
    if (!r.isSuccessful() || !chain.request().url().encodedPath().endsWith("/" + Wire.SHOWDOCS_PATH)) {
      return r;
    }
    MediaType ct = r.body().contentType();
    if (ct == null || !ct.subtype().toLowerCase(java.util.Locale.ROOT).contains("json")) {
      return r;
    }
    JsonNode root = Wire.parseQuietly(r.peekBody(256 * 1024).string());
    Envelope e = Envelope.parse(root);
    if (e == null || e.errorCode() == 0) {
      return r;
    }
    int status = e.errorCode() == EzGedErrors.SESSION_GONE ? 401 : 500;
    return r.newBuilder().code(status).message("EzGED errorcode " + e.errorCode()).build();
  }
}
