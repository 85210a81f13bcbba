package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.RecordedCall;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Public methods check their arguments before sending anything; user values never change the path. */
class BadInputTest {

  @TempDir Path tmp;

  static Stream<Arguments> badInputs() {
    List<Arguments> all = new ArrayList<>();
    for (AdapterUnderTest a : Adapters.all()) {
      for (AdapterUnderTest.BadInput b : a.badInputs()) {
        all.add(Arguments.of(a, b));
      }
    }
    return all.stream();
  }

  private static AdapterUnderTest.Settings settings() {
    return new AdapterUnderTest.Settings(new RecordingSleeper(), FaultCase.READ_TIMEOUT_SETTING, null,
        RetryPolicy.none());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badInputs")
  void rejectedBeforeSending(AdapterUnderTest adapter, AdapterUnderTest.BadInput bad) throws Exception {
    try (EmulatorServer emulator = adapter.newEmulator()) {
      emulator.start();
      try (AutoCloseable client = adapter.newClient(emulator.baseUrl(), settings())) {
        Throwable thrown = catchThrowable(() -> bad.call().run(client, tmp.resolve("f.bin"), () -> { }));
        assertThat(thrown).isInstanceOf(InvalidArgumentException.class);
        assertThat(thrown.getMessage()).as("the message names the argument").contains(bad.argument());
        assertThat(((GedkitException) thrown).backend()).isEqualTo(adapter.name());
        assertThat(emulator.requests()).as("nothing was sent, not even a login").isEmpty();
        assertThat(tmp.resolve("f.bin")).doesNotExist();
      }
    }
  }

  static Stream<AdapterUnderTest> adapters() {
    return Adapters.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adapters")
  void aHostileIdStaysOneEncodedSegment(AdapterUnderTest adapter) throws Exception {
    try (EmulatorServer emulator = adapter.newEmulator()) {
      emulator.start();
      try (AutoCloseable client = adapter.newClient(emulator.baseUrl(), settings())) {
        for (String id : List.of("../x", "..%2Fx", "a/b", "a?b=c", "a#b", "x\\..\\y")) {
          emulator.clearRequests();
          ApiRequest req = ApiRequest.get("it.pathParam").path(adapter.pathParamPrefix()).pathParam(id).build();
          catchThrowable(() -> adapter.transport(client).executeDiscarding(req));
          List<RecordedCall> sent = emulator.requests().stream()
              .filter(c -> c.path().startsWith("/" + adapter.pathParamPrefix()))
              .toList();
          assertThat(sent).as("the call for %s reached the server", id).isNotEmpty();
          // what went on the wire: the id is exactly one (percent-encoded) segment after the prefix
          okhttp3.HttpUrl url = adapter.transport(client).resolve(req);
          int prefixSegments = adapter.pathParamPrefix().split("/").length;
          List<String> segments = url.pathSegments().stream().filter(x -> !x.isEmpty()).toList();
          assertThat(segments).as("%s is one segment of %s", id, url.encodedPath()).hasSize(prefixSegments + 1);
          assertThat(segments.get(prefixSegments)).isEqualTo(id);
          assertThat(url.encodedPath()).doesNotContain("/../");
          for (RecordedCall call : sent) {
            // the emulator logs the decoded path: the server did not normalise it away
            assertThat(call.path()).as("decoded path the server saw").startsWith("/" + adapter.pathParamPrefix() + "/" + id);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", ""})
  void dotSegmentsAreRefusedBeforeSending(String id) throws Exception {
    for (AdapterUnderTest adapter : Adapters.all()) {
      try (EmulatorServer emulator = adapter.newEmulator()) {
        emulator.start();
        try (AutoCloseable client = adapter.newClient(emulator.baseUrl(), settings())) {
          Throwable thrown = catchThrowable(() -> adapter.transport(client).executeDiscarding(
              ApiRequest.get("it.pathParam").path(adapter.pathParamPrefix()).pathParam(id).build()));
          assertThat(thrown).as(adapter + " " + id).isInstanceOf(InvalidArgumentException.class);
          assertThat(emulator.requests()).isEmpty();
        }
      }
    }
  }
}
