package org.gedkit.netexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import mockwebserver3.RecordedRequest;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.transfer.DownloadTarget;
import org.gedkit.core.transfer.UploadSource;
import org.gedkit.netexplorer.model.User;
import org.junit.jupiter.api.Test;

class AccountApiTest extends MockServerTest {

  @Test
  void get_readsUser() throws Exception {
    json("{\"id\":\"15\",\"firstname\":\"Noël\",\"roots\":[14,18,24],\"quota\":null,"
        + "\"last_login\":\"2020-06-16T13:14:08+00:00\",\"groups\":[{\"id\":\"78\",\"login\":\"Marketing\"}],\"x\":1}");
    User u = nx.account().get();
    take("GET", "/api/account");
    assertThat(u.firstname()).contains("Noël");
    assertThat(u.roots()).containsExactly(14L, 18L, 24L);
    assertThat(u.quota()).isEmpty();
    assertThat(u.lastLogin().get().getYear()).isEqualTo(2020);
    assertThat(u.groups().get(0).login()).contains("Marketing");
    assertThat(u.extra()).containsEntry("x", 1);
  }

  @Test
  void update_sendsOnlySetFields() throws Exception {
    json("{\"id\":\"15\",\"lastname\":\"Smith\"}");
    User u = nx.account().update(AccountUpdate.builder().lastname("Smith").password("old", "new").build());
    RecordedRequest r = take("PUT", "/api/account");
    assertThat(body(r)).isEqualTo("{\"lastname\":\"Smith\",\"old_password\":\"old\",\"new_password\":\"new\"}");
    assertThat(u.lastname()).contains("Smith");
    assertThat(AccountUpdate.builder().password("old", "new").build().toString()).doesNotContain("new\"").contains("***");
    assertThatThrownBy(() -> nx.account().update(AccountUpdate.builder().build()))
        .isInstanceOf(InvalidArgumentException.class);
  }

  @Test
  void resetPassword_postsLoginOrEmail_withoutToken() throws Exception {
    reply(200, "OK");
    nx.account().resetPassword("smithj");
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/api/reset_password");
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(body(r)).isEqualTo("{\"login_or_email\":\"smithj\"}");
    assertThatThrownBy(() -> nx.account().resetPassword(" ")).isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("loginOrEmail");
  }

  @Test
  void picture_getUploadDelete() throws Exception {
    reply(200, "PNGDATA");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    nx.account().picture(DownloadTarget.toStream(out));
    take("GET", "/api/account/picture");
    assertThat(out.toString()).isEqualTo("PNGDATA");

    reply(200, "OK");
    nx.account().uploadPicture(UploadSource.ofBytes(new byte[] {1, 2, 3}, "me.png"));
    RecordedRequest up = take("POST", "/api/account/picture");
    assertThat(up.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
    assertThat(body(up)).contains("name=\"picture\"; filename=\"me.png\"");

    reply(200, "OK");
    nx.account().deletePicture();
    take("DELETE", "/api/account/picture");
  }
}
