package org.gedkit.phraseanet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.gedkit.core.error.AuthenticationException;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.NotFoundException;
import org.gedkit.core.error.PermissionDeniedException;
import org.gedkit.core.error.RateLimitedException;
import org.gedkit.core.error.ServerException;
import org.gedkit.core.http.RetryPolicy;
import mockwebserver3.MockResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error type of Phraseanet's Result::createError, as a real status and as HTTP 200 (JSONP). */
class ErrorMappingTest extends MockServerSupport {

  @ParameterizedTest(name = "{0} {1} as HTTP {3}")
  @CsvSource({
      "400, Bad Request, InvalidArgumentException, 400",
      "400, Bad Request, InvalidArgumentException, 200",
      "401, Unauthorized, AuthenticationException, 401",
      "401, Unauthorized, AuthenticationException, 200",
      "403, Forbidden, PermissionDeniedException, 403",
      "403, Forbidden, PermissionDeniedException, 200",
      "404, Not Found, NotFoundException, 404",
      "404, Not Found, NotFoundException, 200",
      "405, Method Not Allowed, InvalidArgumentException, 405",
      "406, Unacceptable, InvalidArgumentException, 406",
      "422, Unprocessable Entity, InvalidArgumentException, 200",
      "500, Internal Server Error, ServerException, 500",
      "500, Internal Server Error, ServerException, 200",
      "503, Service Temporarily Unavailable, ServerException, 503",
      "503, Service Temporarily Unavailable, ServerException, 200",
  })
  void metaCode_givesTheKind(int code, String type, String kind, int httpStatus) throws Exception {
    try (PhraseanetClient once = client.toBuilder().retryPolicy(RetryPolicy.none()).build()) {
      enqueueJson(httpStatus, envelope("GET /api/v1/quarantine/item/1/", code, type, "message " + code, "details", "{}"));

      GedkitException e = catchThrowableOfType(GedkitException.class, () -> once.quarantine().get(1));

      Class<?> expected = switch (kind) {
        case "InvalidArgumentException" -> InvalidArgumentException.class;
        case "AuthenticationException" -> AuthenticationException.class;
        case "PermissionDeniedException" -> PermissionDeniedException.class;
        case "NotFoundException" -> NotFoundException.class;
        case "ServerException" -> ServerException.class;
        default -> throw new AssertionError(kind);
      };
      assertThat(e).isExactlyInstanceOf(expected);
      assertThat(e.status()).hasValue(code);
      assertThat(e.vendorCode()).contains(type);
      assertThat(e.vendorMessage()).contains("message " + code + ": details");
      assertThat(e.isRetryable()).isEqualTo(code == 503);
      assertThat(e.getMessage()).doesNotContain(TOKEN);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @CsvSource({"429", "503"})
  void retryAfter_onAnEnvelope_givesRateLimited(int code) throws Exception {
    try (PhraseanetClient once = client.toBuilder().retryPolicy(RetryPolicy.none()).build()) {
      server.enqueue(new MockResponse.Builder().code(code).setHeader("Retry-After", "7")
          .setHeader("Content-Type", "application/json")
          .body(envelope("GET /api/v1/quarantine/item/1/", code, null, null, null, "{}")).build());

      RateLimitedException e = catchThrowableOfType(RateLimitedException.class, () -> once.quarantine().get(1));

      assertThat(e.retryAfter()).contains(java.time.Duration.ofSeconds(7));
      assertThat(e.isRetryable()).isTrue();
    }
  }
}
