package org.gedkit.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorsTest {

  private final ErrorDetails details = ErrorDetails.of("ezged", "query/getexec")
      .withRequest("POST", "https://ged/service.php?sessionid=***").withStatus(503);

  @ParameterizedTest
  @CsvSource({
      "400, InvalidArgumentException, false", "405, InvalidArgumentException, false",
      "422, InvalidArgumentException, false", "418, InvalidArgumentException, false",
      "401, AuthenticationException, false", "403, PermissionDeniedException, false",
      "404, NotFoundException, false", "410, NotFoundException, false", "409, ConflictException, false",
      "412, ConflictException, false", "423, ConflictException, false", "429, RateLimitedException, true",
      "408, TransportException, true", "502, ServerException, true", "503, ServerException, true",
      "504, ServerException, true", "500, ServerException, false", "501, ServerException, false",
      "302, ProtocolException, false", "200, ProtocolException, false",
  })
  void statusesMapToKinds(int status, String kind, boolean retryable) {
    GedkitException e = HttpErrors.forStatus(status, details.withStatus(status), HttpErrors.reason(status), null, false);
    assertThat(e.getClass().getSimpleName()).isEqualTo(kind);
    assertThat(e.isRetryable()).isEqualTo(retryable);
    assertThat(e.status()).hasValue(status);
  }

  @Test
  void a503WithRetryAfterIsRateLimited() {
    GedkitException e = HttpErrors.forStatus(503, details, "maintenance", Duration.ofSeconds(30), false);
    assertThat(e).isInstanceOfSatisfying(RateLimitedException.class,
        r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(30)));
    GedkitException auth = HttpErrors.forStatus(401, details, "x", null, true);
    assertThat(((AuthenticationException) auth).sessionExpired()).isTrue();
  }

  @Test
  void everyExceptionCarriesItsContextOnOneLine() {
    GedkitException e = new ConflictException("order exists\nalready", details.withVendor("DUPLICATE-ORDER-KEY",
        "key\r\nin use"));
    assertThat(e.backend()).isEqualTo("ezged");
    assertThat(e.operation()).isEqualTo("query/getexec");
    assertThat(e.httpMethod()).contains("POST");
    assertThat(e.redactedUrl()).contains("https://ged/service.php?sessionid=***");
    assertThat(e.vendorCode()).contains("DUPLICATE-ORDER-KEY");
    assertThat(e.vendorMessage()).contains("key\r\nin use");
    assertThat(e.reason()).isEqualTo("order exists\nalready");
    assertThat(e.getMessage()).isEqualTo("[ezged] query/getexec POST https://ged/service.php?sessionid=*** -> HTTP 503,"
        + " vendor code DUPLICATE-ORDER-KEY, vendor message \"key in use\": order exists already");
    assertThat(ErrorDetails.of("b", "op").describe()).isEqualTo("[b] op");
    assertThat(new ProtocolException("", ErrorDetails.of("b", "op")).getMessage()).isEqualTo("[b] op");
    assertThat(ErrorDetails.of("b", "op").withOperation("other").operation()).isEqualTo("other");
    assertThat(ErrorDetails.of("b", "op").vendorCodeIfAny()).isEmpty();
    assertThat(ErrorDetails.of("b", "op").httpStatus()).isEmpty();
    assertThat(new GedkitException(null, ErrorDetails.of("b", "op"), false, null).reason()).isEmpty();
    assertThatThrownBy(() -> ErrorDetails.of(null, "op")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void longVendorMessagesAreCut() {
    GedkitException e = new ServerException("x", details.withVendor(null, "y".repeat(1000)));
    assertThat(e.getMessage()).contains("y".repeat(300) + "…").doesNotContain("y".repeat(301));
  }

  @Test
  void hiddenSecretsNeverShow() {
    GedkitException e = new ServerException("token abcd1234 refused", details.withVendor("abcd1234",
        "Bearer abcd1234 is wrong"), false, null).hideSecrets(List.of("abcd1234", "Bearer abcd1234", "ab"));
    assertThat(e.getMessage()).doesNotContain("abcd1234").contains("***");
    assertThat(e.vendorMessage()).contains("*** is wrong");
    assertThat(e.vendorCode()).contains("***");
    assertThat(e.reason()).isEqualTo("token *** refused");
    assertThat(e.details().vendorMessage()).isEqualTo("*** is wrong");
    assertThat(e.toString()).doesNotContain("abcd1234");
  }

  @Test
  void everyKindHasBothConstructors() {
    ErrorDetails d = ErrorDetails.of("b", "op");
    List<GedkitException> all = List.of(new AuthenticationException("m", d, false),
        new PermissionDeniedException("m", d), new PermissionDeniedException("m", d, true, null),
        new NotFoundException("m", d), new NotFoundException("m", d, false, null),
        new ConflictException("m", d), new ConflictException("m", d, false, null),
        new RateLimitedException("m", d, null), new ServerException("m", d), new TransportException("m", d),
        new ProtocolException("m", d), new InvalidArgumentException("m", d),
        new InvalidArgumentException("m", d, false, null), new UnsupportedCapabilityException("m", d),
        new UnsupportedCapabilityException("m", d, false, null),
        new ChecksumMismatchException(d, "SHA-1", "aa", "bb"));
    assertThat(all).allSatisfy(e -> assertThat(e.getMessage()).startsWith("[b] op"));
    assertThat(new RateLimitedException("m", d, null).retryAfter()).isEmpty();
  }

  @Test
  void aMissingArgumentIsAnInvalidArgumentNamingItNeverANullPointer() {
    assertThat(InvalidArgumentException.requireNonNull("v", "folder", "netexplorer")).isEqualTo("v");
    assertThatThrownBy(() -> InvalidArgumentException.requireNonNull(null, "folder", "netexplorer"))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.backend()).isEqualTo("netexplorer");
          assertThat(e.getMessage()).contains("folder must not be null");
          assertThat(e.isRetryable()).isFalse();
        });
  }
}
