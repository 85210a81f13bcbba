package org.gedkit.it;

import java.util.List;
import java.util.Set;
import org.gedkit.core.auth.Credentials;
import org.gedkit.parapheur.AuthMode;
import org.gedkit.parapheur.ParapheurClient;
import org.gedkit.testkit.EmulatorServer;
import org.gedkit.testkit.parapheur.ParapheurEmulator;

/** Maarch Parapheur: login issuing an expiring JWT + refresh token; a JSON read and two downloads. */
final class ParapheurAdapter extends AdapterUnderTest {

  static final String LOGIN = "it-signer";
  static final String PASSWORD = "par-it-pw-5d1e8a7c";
  static final long DOC = ParapheurEmulator.DOC_SIGNED;

  @Override
  String name() {
    return ParapheurClient.BACKEND;
  }

  @Override
  EmulatorServer newEmulator() {
    ParapheurEmulator e = ParapheurEmulator.withSampleData();
    e.addUser(42, LOGIN, PASSWORD, false, "Ivo", "TESTER");
    return e;
  }

  @Override
  AutoCloseable newClient(String baseUrl, Settings s) {
    ParapheurClient.Builder b = ParapheurClient.builder()
        .baseUrl(baseUrl)
        .credentials(Credentials.password(LOGIN, PASSWORD))
        .authMode(AuthMode.TOKEN)
        .sleeper(s.sleeper())
        .retryPolicy(s.retryPolicy())
        .readTimeout(s.readTimeout());
    if (s.okHttpClient() != null) {
      b.okHttpClient(s.okHttpClient());
    }
    return b.build();
  }

  private static ParapheurClient c(AutoCloseable client) {
    return (ParapheurClient) client;
  }

  @Override
  List<Op> operations() {
    return List.of(
        new Op("documents.history", Kind.READ, "GET", "/rest/documents/" + DOC + "/history",
            (client, target, midway) -> c(client).documents().history(DOC).size()),
        new Op("documents.historyXml", Kind.DOWNLOAD, "GET", "/rest/documents/" + DOC + "/history",
            (client, target, midway) -> c(client).documents().historyXml(DOC, target).bytes()),
        new Op("documents.proof", Kind.DOWNLOAD, "GET", "/rest/documents/" + DOC + "/proof",
            (client, target, midway) -> c(client).documents().proof(DOC, target).bytes()));
  }

  @Override
  List<BadInput> badInputs() {
    return List.of(
        new BadInput("history(0)", "documentId", (cl, t, m) -> c(cl).documents().history(0)),
        new BadInput("history(-3)", "documentId", (cl, t, m) -> c(cl).documents().history(-3)),
        new BadInput("historyXml(1, (Path) null)", "target",
            (cl, t, m) -> c(cl).documents().historyXml(1, (java.nio.file.Path) null)),
        new BadInput("historyXml(1, (OutputStream) null)", "out",
            (cl, t, m) -> c(cl).documents().historyXml(1, (java.io.OutputStream) null)),
        new BadInput("historyXml(-1, path)", "documentId", (cl, t, m) -> c(cl).documents().historyXml(-1, t)),
        new BadInput("proof(0, path)", "documentId", (cl, t, m) -> c(cl).documents().proof(0, t)),
        new BadInput("proof(1, null options, path)", "options",
            (cl, t, m) -> c(cl).documents().proof(1, null, t)),
        new BadInput("proof(1, options, (Path) null)", "target",
            (cl, t, m) -> c(cl).documents().proof(1, org.gedkit.parapheur.ProofOptions.defaults(),
                (java.nio.file.Path) null)),
        new BadInput("parseHistoryXml((Path) null)", "file",
            (cl, t, m) -> c(cl).documents().parseHistoryXml((java.nio.file.Path) null)),
        new BadInput("parseHistoryXml((InputStream) null)", "in",
            (cl, t, m) -> c(cl).documents().parseHistoryXml((java.io.InputStream) null)),
        new BadInput("builder credentials null", "credentials",
            (cl, t, m) -> ParapheurClient.builder().baseUrl("http://127.0.0.1:9/").build()),
        new BadInput("builder baseUrl invalid", "baseUrl",
            (cl, t, m) -> ParapheurClient.builder().baseUrl("not a url")
                .credentials(Credentials.password(LOGIN, PASSWORD)).build()));
  }

  @Override
  String pathParamPrefix() {
    return "rest/documents";
  }

  @Override
  org.gedkit.core.http.HttpTransport transport(AutoCloseable client) {
    return c(client).transport();
  }

  @Override
  Sessions sessions() {
    return Sessions.RENEWABLE;
  }

  @Override
  void expireSession(EmulatorServer emulator) {
    ((ParapheurEmulator) emulator).revokeTokens();
  }

  @Override
  long logins(EmulatorServer emulator) {
    ParapheurEmulator e = (ParapheurEmulator) emulator;
    return e.loginCount() + e.refreshCount();
  }

  @Override
  Set<String> knownSecrets() {
    return Set.of(PASSWORD, basic(LOGIN, PASSWORD));
  }

  @Override
  Set<String> sentSecrets() {
    return Set.of();
  }

  @Override
  Set<String> moduleTestSecrets() {
    return Set.of("ready.made.jwt", basic("rest", "secret"), basic("rest-api", "secret"), basic("jjane", "maarch"),
        basic("jjane", "pw"), "\"password\":\"secret\"", "\"password\":\"maarch\"", "password=secret",
        "password=maarch");
  }

  static String basic(String user, String password) {
    return java.util.Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  String moduleDirectory() {
    return "sdk-parapheur";
  }

  @Override
  Set<String> secretHeaders() {
    return Set.of("Authorization", "Token", "Refresh-Token");
  }

  @Override
  Set<String> secretParameters() {
    return Set.of("password", "token", "refreshToken");
  }

  @Override
  List<Object> secretHolders(AutoCloseable client) {
    ParapheurClient cl = c(client);
    return List.of(cl, cl.toBuilder(), cl.transport(), cl.documents(), Credentials.password(LOGIN, PASSWORD),
        Credentials.token(PASSWORD), ParapheurClient.builder().credentials(Credentials.password(LOGIN, PASSWORD)));
  }
}
