package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.RateLimitedException;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.it.AdapterUnderTest.Kind;
import org.gedkit.it.AdapterUnderTest.Op;
import org.gedkit.testkit.EmulatorServer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault against every representative operation of every adapter, checking the outcome written in
 * docs/reliability.md ({@link Expectations}), that no partial file is left, and that Retry-After is
 * honoured through the injected sleeper (nothing really waits).
 */
class FaultMatrixTest {

  @TempDir Path tmp;

  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (AdapterUnderTest a : Adapters.all()) {
      for (Op op : a.operations()) {
        for (FaultCase f : FaultCase.values()) {
          if (f.appliesTo(op.kind())) {
            cells.add(Arguments.of(a, op, f));
          }
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} {1} / {2}")
  @MethodSource("cells")
  void cell(AdapterUnderTest adapter, Op op, FaultCase fault) throws Exception {
    Expected expected = Expectations.of(adapter, op, fault);
    RecordingSleeper sleeper = new RecordingSleeper();
    AdapterUnderTest.Settings settings = new AdapterUnderTest.Settings(sleeper, FaultCase.READ_TIMEOUT_SETTING,
        null, RetryPolicy.defaults());
    Path dir = Files.createDirectory(tmp.resolve("download"));
    Path target = dir.resolve("target.bin");
    try (EmulatorServer emulator = adapter.newEmulator()) {
      emulator.start();
      String baseUrl = fault == FaultCase.CONNECTION_REFUSED ? closedPortUrl() : emulator.baseUrl();
      try (AutoCloseable client = adapter.newClient(baseUrl, settings)) {
        if (fault == FaultCase.SESSION_EXPIRED && op.kind() != Kind.LIST) {
          // a first call opens the session, the fault then expires it
          op.call().run(client, dir.resolve("warm-up.bin"), () -> { });
          Files.deleteIfExists(dir.resolve("warm-up.bin"));
        }
        long loginsBefore = adapter.logins(emulator);
        long writesBefore = adapter.writes(emulator);
        boolean midway = fault.injectedMidway(op.kind());
        java.util.concurrent.atomic.AtomicBoolean injected = new java.util.concurrent.atomic.AtomicBoolean();
        // a listing logs in on its first page and expires midway: count the logins from the expiry on
        java.util.concurrent.atomic.AtomicLong loginsAtExpiry = new java.util.concurrent.atomic.AtomicLong(loginsBefore);
        Runnable inject = () -> {
          if (injected.compareAndSet(false, true)) {
            loginsAtExpiry.set(adapter.logins(emulator));
            inject(adapter, op, fault, emulator);
          }
        };
        if (!midway) {
          inject.run();
        }
        Object result;
        Throwable thrown = null;
        try {
          result = op.call().run(client, target, midway ? inject : () -> { });
        } catch (Throwable t) {
          result = null;
          thrown = t;
        }
        if (expected.error() == null) {
          if (thrown != null) {
            throw new AssertionError("expected recovery (" + expected.note() + ") but got " + thrown, thrown);
          }
          if (expected.asIs()) {
            assertThat(target).as("the body is saved, complete as received").exists();
            assertThat(Files.size(target)).isEqualTo(((Number) result).longValue());
          } else {
            checkResult(adapter, op, result, target);
          }
        } else {
          if (thrown == null) {
            fail("expected " + expected.error().getSimpleName() + " but the call returned " + result);
          }
          assertThat(thrown).as("only the expected GedkitException subtype escapes")
              .isInstanceOf(expected.error());
          GedkitException g = (GedkitException) thrown;
          assertThat(g.isRetryable()).as("isRetryable() of " + thrown).isEqualTo(expected.retryable());
          assertThat(g.backend()).isEqualTo(adapter.name());
          if (op.kind() != Kind.UPLOAD) {
            assertThat(target).as("no file under the target name after a failure").doesNotExist();
            try (Stream<Path> left = Files.list(dir)) {
              assertThat(left).as("no temporary file left behind").isEmpty();
            }
          }
        }
        if (op.kind() == Kind.WRITE || op.kind() == Kind.UPLOAD) {
          assertThat(injected).as("the operation ran its midway hook, so the fault was armed").isTrue();
          long applied = adapter.writes(emulator) - writesBefore;
          assertThat(writesBefore).as("the emulator counts this back end's writes").isNotNegative();
          assertThat(expected.writes().accepts(applied))
              .as("the server applied the write %d times; expected: %s", applied, expected.writes().text).isTrue();
          if (op.check() != null) {
            op.check().verify(emulator, thrown == null, result, target);
          }
        }
        // a recovered call waited the Retry-After through the sleeper; a write that is not replayed hands the
        // wait to its caller in RateLimitedException.retryAfter()
        List<Duration> waits = thrown instanceof RateLimitedException rl
            ? rl.retryAfter().map(List::of).orElse(List.of()) : sleeper.waits;
        switch (fault) {
          case STATUS_429_RETRY_AFTER_SECONDS ->
              assertThat(waits).as("Retry-After seconds honoured").contains(Duration.ofSeconds(2));
          case STATUS_503_RETRY_AFTER_DATE -> assertThat(waits).as("Retry-After date honoured")
              .anySatisfy(w -> assertThat(w).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(4)));
          case SESSION_EXPIRED -> {
            if (adapter.sessions() == AdapterUnderTest.Sessions.RENEWABLE) {
              assertThat(adapter.logins(emulator) - loginsAtExpiry.get()).as("exactly one login per expiry")
                  .isEqualTo(1);
            }
          }
          default -> { }
        }
        if (fault.fault() != null) {
          assertThat(emulator.faults().pending()).as("the fault was hit").isZero();
        }
      }
    }
  }

  private static void checkResult(AdapterUnderTest adapter, Op op, Object result, Path target) throws IOException {
    switch (op.kind()) {
      case READ -> assertThat(result).isNotNull();
      case LIST -> assertThat(result).as("every item seen exactly once").isEqualTo((int) adapter.listedItems());
      case DOWNLOAD -> {
        assertThat(target).exists();
        assertThat(Files.size(target)).isEqualTo(((Number) result).longValue()).isPositive();
      }
      case WRITE, UPLOAD -> assertThat(result).as("the write returned its result").isNotNull();
    }
  }

  private static void inject(AdapterUnderTest adapter, Op op, FaultCase fault, EmulatorServer emulator) {
    if (fault == FaultCase.SESSION_EXPIRED) {
      adapter.expireSession(emulator);
    } else if (fault.fault() != null) {
      emulator.faults().next(1, op.method(), op.pathRegex(), fault.fault());
    }
  }

  static String closedPortUrl() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    return "http://127.0.0.1:" + port + "/";
  }
}
