package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.gedkit.core.auth.Credentials;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.parapheur.AuthMode;
import org.gedkit.parapheur.ParapheurClient;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.parapheur.ParapheurEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bugs found by the fault matrix, kept as regression tests once fixed. */
class DownloadBugsTest {

  @TempDir Path tmp;

  @Test
  void historyXmlRefusesAnHtmlPageServedWith200() {
    try (ParapheurEmulator emulator = ParapheurEmulator.withSampleData()) {
      emulator.start();
      emulator.faults().next(1, "GET", "/rest/documents/.*/history", Fault.htmlErrorPage(200));
      try (ParapheurClient client = ParapheurClient.builder().baseUrl(emulator.baseUrl())
          .credentials(Credentials.password(ParapheurEmulator.SAMPLE_WEB_LOGIN, ParapheurEmulator.SAMPLE_WEB_PASSWORD))
          .authMode(AuthMode.TOKEN).sleeper(new RecordingSleeper()).build()) {
        Path target = tmp.resolve("history.xml");
        assertThatThrownBy(() -> client.documents().historyXml(ParapheurEmulator.DOC_SIGNED, target))
            .isInstanceOf(ProtocolException.class);
        assertThat(target).doesNotExist();
      }
    }
  }
}
