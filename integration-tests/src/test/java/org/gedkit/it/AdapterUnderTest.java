package org.gedkit.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.gedkit.core.http.RetryPolicy;
import org.gedkit.core.http.Sleeper;
import org.gedkit.testkit.EmulatorServer;

/**
 * What the cross-adapter suites need to know about one back end. Adding an adapter to the fault matrix,
 * the fuzz, secrets, concurrency and bad-input suites means writing one subclass and listing it in
 * {@link Adapters#all()}.
 */
abstract class AdapterUnderTest {

  /** How a back end authenticates, which decides what "session expired" means. */
  enum Sessions {
    /** A fixed token: once revoked, every later call fails with AuthenticationException (nothing to renew). */
    FIXED_TOKEN,
    /** A login issuing an expiring session/token: the client logs in again once and replays. */
    RENEWABLE
  }

  /** The kind of a representative operation. */
  enum Kind {
    /** One JSON read. */
    READ,
    /** A lazily paged listing (faults are injected after the first page). */
    LIST,
    /** A download to a target file. */
    DOWNLOAD,
    /**
     * A write the emulator counts (create, update, delete...). Unless the op says it is idempotent, the
     * transport never replays it once it reached the server: the cells check the emulator applied it at most
     * once, and exactly once when the call returned.
     */
    WRITE,
    /**
     * An upload from a local file (the call writes its source at the path it is given, then uploads it). A
     * chunked upload calls {@code midway} after its first chunk was acknowledged; the matrix's
     * {@link FaultCase#DROPPED_DURING_UPLOAD} is injected there.
     */
    UPLOAD
  }

  /** How a test calls one operation on a client. */
  @FunctionalInterface
  interface Call {
    /**
     * Runs the operation to the end.
     *
     * @param client the client built by {@link #newClient}
     * @param target the file a download writes (in an empty directory); for an upload, where the call
     *     writes the source file it then uploads
     * @param midway for a listing: run once after the first page was consumed; for an upload: run once
     *     after the first chunk was acknowledged (a single-request upload may run it before sending)
     * @return the result (a listing returns how many items it saw)
     * @throws Exception whatever the client throws
     */
    Object run(AutoCloseable client, Path target, Runnable midway) throws Exception;
  }

  /**
   * A representative operation.
   *
   * @param name a short name shown in test names
   * @param kind the kind
   * @param method the HTTP method the operation sends
   * @param pathRegex a regular expression matching only this operation's path (faults target it)
   * @param call how to call it
   * @param idempotent whether the transport may replay the operation's request (GET, PUT, DELETE, or a
   *     POST the adapter marks safe); decides the expectations of write cells
   * @param check for a write or an upload: what the server must hold afterwards (null: nothing beyond the
   *     write count)
   */
  record Op(String name, Kind kind, String method, String pathRegex, Call call, boolean idempotent,
      ServerCheck check) {

    /**
     * An operation that is idempotent exactly when its method is (GET, HEAD, PUT, DELETE, OPTIONS).
     *
     * @param name see the record
     * @param kind see the record
     * @param method see the record
     * @param pathRegex see the record
     * @param call see the record
     */
    Op(String name, Kind kind, String method, String pathRegex, Call call) {
      this(name, kind, method, pathRegex, call, !method.equals("POST") && !method.equals("PATCH"), null);
    }

    /**
     * The same operation with a server-side check.
     *
     * @param c the check
     * @return a copy
     */
    Op checkedBy(ServerCheck c) {
      return new Op(name, kind, method, pathRegex, call, idempotent, c);
    }

    /**
     * The same operation marked idempotent (the adapter marks its request replayable, e.g. a chunk POST
     * that the server accepts twice with the same effect).
     *
     * @return a copy
     */
    Op markedIdempotent() {
      return new Op(name, kind, method, pathRegex, call, true, check);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** What the server must hold after a write or an upload. */
  @FunctionalInterface
  interface ServerCheck {
    /**
     * Asserts the server's state.
     *
     * @param emulator the emulator the call went to
     * @param succeeded true when the call returned: the write must be complete (an upload: the whole file,
     *     verified); false when it threw: the upload must not be visible as a complete file (reported as not done)
     * @param result what the call returned (null when it threw)
     * @param source for an upload, the local file it sent
     * @throws Exception an AssertionError when the state is wrong
     */
    void verify(EmulatorServer emulator, boolean succeeded, Object result, Path source) throws Exception;
  }

  /**
   * What a test asks of a client.
   *
   * @param sleeper the retry sleeper (a recording no-op)
   * @param readTimeout the read timeout
   * @param okHttpClient a shared OkHttp client to build on, or null
   * @param retryPolicy the retry policy
   */
  record Settings(Sleeper sleeper, Duration readTimeout, OkHttpClient okHttpClient, RetryPolicy retryPolicy) {}

  /**
   * The back end name (as in GedkitException.backend()).
   *
   * @return the name
   */
  abstract String name();

  /**
   * A fresh emulator with enough seed data for every operation, not started.
   *
   * @return the emulator
   */
  abstract EmulatorServer newEmulator();

  /**
   * A client talking to {@code baseUrl}.
   *
   * @param baseUrl the emulator (or a closed port)
   * @param s the settings
   * @return the client
   */
  abstract AutoCloseable newClient(String baseUrl, Settings s);

  /**
   * The representative operations: a read, a paged listing, a download (where the back end has them).
   *
   * @return the operations
   */
  abstract List<Op> operations();

  /**
   * How the back end authenticates.
   *
   * @return the session kind
   */
  abstract Sessions sessions();

  /**
   * Makes the current session or token stop working on the emulator.
   *
   * @param emulator the emulator
   */
  abstract void expireSession(EmulatorServer emulator);

  /**
   * How many logins the emulator accepted (0 when the back end has none).
   *
   * @param emulator the emulator
   * @return the count
   */
  abstract long logins(EmulatorServer emulator);

  /**
   * The secrets the tests of this back end use (credentials, tokens): none may ever appear in a log line,
   * an exception message or a toString(). Only values specific enough not to occur by chance.
   *
   * @return the secrets
   */
  abstract Set<String> knownSecrets();

  /**
   * The fixed secrets the client sends on every call (a server may echo them in an error reply); empty when
   * what is sent is issued at run time (a session id, a JWT: the JWT pattern check covers those).
   *
   * @return the secrets
   */
  abstract Set<String> sentSecrets();

  /**
   * Secrets the adapter module's own tests use (scanned for in that module's test log).
   *
   * @return the secrets
   */
  abstract Set<String> moduleTestSecrets();

  /**
   * The module directory name, e.g. {@code sdk-phraseanet} (its test log is {@code target/gedkit-test.log}).
   *
   * @return the directory name
   */
  abstract String moduleDirectory();

  /**
   * Header names this back end puts secrets in.
   *
   * @return the names
   */
  abstract Set<String> secretHeaders();

  /**
   * Query or form parameter names this back end puts secrets in.
   *
   * @return the names
   */
  abstract Set<String> secretParameters();

  /**
   * Public objects that hold a secret, built with {@link #knownSecrets()}: their toString() must hide it.
   *
   * @param client a client built by {@link #newClient}
   * @return the objects (client, builder, credentials, API groups, models holding secrets)
   */
  abstract List<Object> secretHolders(AutoCloseable client);

  /**
   * A call with one bad argument.
   *
   * @param label shown in the test name
   * @param argument the argument the InvalidArgumentException message must name
   * @param call the call (a fresh client; target is a file in an empty directory)
   */
  record BadInput(String label, String argument, Call call) {
    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * Calls of the public API with one bad argument each: all must throw InvalidArgumentException naming
   * the argument before anything is sent.
   *
   * @return the calls
   */
  abstract List<BadInput> badInputs();

  /**
   * A path this back end serves under which a user value is placed as one segment, e.g. {@code "rest/documents"}.
   *
   * @return the literal path prefix
   */
  abstract String pathParamPrefix();

  /**
   * The client's transport (for the path-encoding checks of the core through each adapter).
   *
   * @param client the client
   * @return the transport
   */
  abstract org.gedkit.core.http.HttpTransport transport(AutoCloseable client);

  /**
   * How many user-level writes the emulator applied so far (one per create, update, delete or complete
   * upload, whatever the number of requests), or -1 when the back end has no write in {@link #operations()}.
   * The fault matrix checks a write was applied at most once (exactly once when the call returned); the
   * concurrency suite that none was lost or duplicated.
   *
   * @param emulator the emulator
   * @return the count, or -1
   */
  long writes(EmulatorServer emulator) {
    return -1;
  }

  /**
   * An adapter-specific outcome for one cell, when the generic one of {@link Expectations} does not fit
   * (for example a write whose reply body the adapter ignores, so a wrong-shaped reply still succeeds).
   *
   * @param op the operation
   * @param fault the fault
   * @return the outcome, or null for the generic one
   */
  Expected expectation(Op op, FaultCase fault) {
    return null;
  }

  /**
   * How many items the listing operation returns on a fresh emulator.
   *
   * @return the count, or 0 when the back end has no listing
   */
  long listedItems() {
    return 0;
  }

  @Override
  public String toString() {
    return name();
  }
}
