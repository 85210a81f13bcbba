package org.gedkit.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.HttpTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadRejectHtmlTest {

  @TempDir
  Path dir;

  @Test
  void rejectHtml_refusesAnHtmlPageBeforeWriting_andOtherwiseDownloads() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html; charset=utf-8")
          .body("<html>login</html>").build());
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/xml")
          .body("<root/>").build());
      server.start();
      HttpTransport transport = HttpTransport.builder("t").baseUrl(server.url("/").toString()).build();
      ApiRequest request = ApiRequest.get("export").path("export").build();
      DownloadOptions options = DownloadOptions.builder().rejectHtml(true).build();
      assertThat(options.rejectHtml()).isTrue();
      assertThat(DownloadOptions.defaults().rejectHtml()).isFalse();
      Path target = dir.resolve("export.xml");
      assertThatThrownBy(() -> Downloads.download(transport, request, DownloadTarget.toPath(target), options))
          .isInstanceOf(ProtocolException.class).hasMessageContaining("text/html");
      try (var files = Files.list(dir)) {
        assertThat(files).isEmpty();
      }
      DownloadResult r = Downloads.download(transport, request, DownloadTarget.toPath(target), options.toBuilder().build());
      assertThat(Files.readString(target)).isEqualTo("<root/>");
      assertThat(r.bytes()).isEqualTo(7);
    }
  }
}
