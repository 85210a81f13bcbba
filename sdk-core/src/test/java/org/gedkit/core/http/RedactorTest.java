package org.gedkit.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private final Redactor r = Redactor.defaults();

  @Test
  void masksSecretQueryValuesAndUserInfoKeepingOrder() {
    HttpUrl url = HttpUrl.get("https://jo:pw@ged.example/api?b=1&PASSWORD=x&a=%20y&oauth_token=t&sessionid=s&z");
    assertThat(r.redact(url)).isEqualTo("https://***:***@ged.example/api?b=1&PASSWORD=***&a=%20y&oauth_token=***"
        + "&sessionid=***&z");
    assertThat(r.redact(HttpUrl.get("https://h/p"))).isEqualTo("https://h/p");
    assertThat(r.redact(HttpUrl.get("https://h/p?pass%77ord=x"))).isEqualTo("https://h/p?pass%77ord=***");
  }

  @Test
  void masksSecretHeaders() {
    Headers h = Headers.of("Authorization", "Bearer t", "Qorus-Token", "q", "Cookie", "c", "Accept", "*/*",
        "token", "jwt");
    assertThat(r.redact(h)).isEqualTo("Authorization: ***\nQorus-Token: ***\nCookie: ***\nAccept: */*\ntoken: ***\n");
  }

  @Test
  void masksSecretFormFields() {
    assertThat(r.redactForm("user=jo&pwd=secret&pass%77ord=x&flag&token=")).isEqualTo(
        "user=jo&pwd=***&pass%77ord=***&flag&token=***");
    assertThat(r.redactForm("bad=%zz&x=1")).isEqualTo("bad=%zz&x=1");
  }

  @Test
  void isConfigurable() {
    Redactor custom = r.withHeaders("X-Ged-Key").withParameters("ticket");
    assertThat(custom.isSecretHeader("x-ged-key")).isTrue();
    assertThat(custom.isSecretParameter("TICKET")).isTrue();
    assertThat(custom.isSecretParameter("password")).isTrue();
    assertThat(r.isSecretParameter("ticket")).isFalse();
    assertThat(custom.toString()).contains("ticket").contains("x-ged-key");
    for (String name : List.of("Authorization", "Qorus-Token", "Cookie", "Set-Cookie", "Token", "Refresh-Token")) {
      assertThat(r.isSecretHeader(name)).as(name).isTrue();
    }
    for (String name : List.of("password", "pwd", "token", "sessionid", "access_token", "oauth_token",
        "refreshToken", "secsesid")) {
      assertThat(r.isSecretParameter(name)).as(name).isTrue();
    }
  }

  @Test
  void scrubsSecretValuesFromText() {
    assertThat(Redactor.scrub("token abcd1234 in abc", Arrays.asList("abcd1234", "abc", null))).isEqualTo(
        "token *** in abc");
    assertThat(Redactor.scrub(null, List.of("x"))).isEmpty();
  }
}
