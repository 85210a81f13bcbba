package org.gedkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.gedkit.core.error.TransportException;
import org.gedkit.netexplorer.NetExplorerClient;
import org.gedkit.testkit.Fault;
import org.gedkit.testkit.netexplorer.NetExplorerEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test shown in docs/testing.md: a user's own code tested against an emulator. */
// snippet:junit
class ReportPublisherTest {

  NetExplorerEmulator server = new NetExplorerEmulator().start();
  NetExplorerClient nx = NetExplorerClient.builder().baseUrl(server.baseUrl())
      .credentials("smithj", "secret")              // the emulator's seed user
      .clock(server.clock())                        // the client reads the emulator's time
      .sleeper(d -> server.clock().advance(d))      // retries and waits advance it: no real sleep
      .build();

  @AfterEach
  void stop() {
    nx.close();
    server.close();
  }

  @Test
  void publishesTheReportIntoTheFolder() {
    long id = new ReportPublisher(nx).publish(1, "q3.pdf", "%PDF-1.7".getBytes());

    assertThat(server.fileId(1, "q3.pdf")).hasValue(id);
    assertThat(server.content(id)).get().isEqualTo("%PDF-1.7".getBytes());
  }
// end-snippet

  @Test
  void sessionExpiry_onTheEmulatorsClock() {
    // snippet:clock
    server.tokenLifetime(Duration.ofMinutes(5));
    nx.folders().get(1);
    server.clock().advance(Duration.ofMinutes(6));   // the token expires on the emulator's clock
    nx.folders().get(1);                             // 401: one new login, the call replayed
    assertThat(server.logins()).isEqualTo(2);
    // end-snippet
  }

  @Test
  void faults_retriedReads_andUploadsNeverReplayedBlindly() {
    // snippet:faults
    server.faults().next(1, "GET", ".*/folder/1", Fault.status(503));   // the next read fails
    assertThat(nx.folders().get(1).id()).isEqualTo(1);                  // retried at once: answered

    server.faults().next(1, "POST", ".*/file/upload", Fault.resetMidBody());
    assertThatThrownBy(() -> new ReportPublisher(nx).publish(1, "q4.pdf", "%PDF".getBytes()))
        .isInstanceOf(TransportException.class);                        // a POST is not replayed blindly
    assertThat(server.count(c -> c.faulted())).isEqualTo(2);
    assertThat(server.count(c -> c.method().equals("POST") && c.path().endsWith("/file/upload"))).isEqualTo(1);
    // end-snippet
  }
}
