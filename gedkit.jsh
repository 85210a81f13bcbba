// Gedkit JShell startup script. Start JShell with the class path of every module (see docs/jshell.md):
//   mvn -B -q -Pjshell -pl examples -am package && jshell --class-path "$(cat examples/target/gedkit-classpath.txt)" gedkit.jsh
// Every snippet of this file is evaluated by JShellScriptTest (examples module), so it keeps working.

// the core: errors, transport, sessions, paging, transfers
import org.gedkit.core.*;
import org.gedkit.core.auth.*;
import org.gedkit.core.error.*;
import org.gedkit.core.http.*;
import org.gedkit.core.json.*;
import org.gedkit.core.paging.*;
import org.gedkit.core.store.*;
import org.gedkit.core.transfer.*;

// the adapters and their models
import org.gedkit.ezged.*;
import org.gedkit.ezged.model.*;
import org.gedkit.netexplorer.*;
import org.gedkit.netexplorer.model.*;
import org.gedkit.phraseanet.*;
import org.gedkit.phraseanet.model.*;
import org.gedkit.qorus.*;
import org.gedkit.qorus.model.*;
import org.gedkit.parapheur.*;
import org.gedkit.parapheur.model.*;

// the in-process emulators (sdk-testkit)
import org.gedkit.testkit.*;
import org.gedkit.testkit.ezged.*;
import org.gedkit.testkit.netexplorer.*;
import org.gedkit.testkit.phraseanet.*;
import org.gedkit.testkit.qorus.*;
import org.gedkit.testkit.parapheur.*;

System.out.println("""

    Gedkit is loaded: every public package of core, the adapters and the emulators is imported.
    (Some simple names exist in several adapters - User, Job, Alert, DocumentInfo, FilesApi, UploadsApi,
    UsersApi, GroupsApi, JobsApi, LogsApi, RecordsApi: use var, or qualify them, e.g. org.gedkit.qorus.model.Job.)

    A real server:
      var ezged = EzGedClient.builder().baseUrl("https://ged.example.org/ezged").credentials("user", "password").build()
      var nx    = NetExplorerClient.builder().baseUrl("https://acme.netexplorer.pro").credentials("user", "password").build()
      var phr   = PhraseanetClient.builder().baseUrl("https://phraseanet.example.org").accessToken("token").build()
      var qorus = QorusClient.builder().baseUrl("https://qorus:8011").credentials("user", "password").build()
      var para  = ParapheurClient.builder().baseUrl("https://parapheur.example.org")
                      .credentials(Credentials.password("rest-user", "password")).build()

    An emulator started in this JVM (nothing to install):
      NetExplorerEmulator emu = new NetExplorerEmulator().start()   // smithj / secret, root folder 1
      (name the emulator's type: with "var", start() would give a plain EmulatorServer)
      var nx  = NetExplorerClient.builder().baseUrl(emu.baseUrl()).credentials("smithj", "secret").build()
      nx.folders().get(1)
      // new EzGedEmulator().start()                        user admin / admin
      // new PhraseanetEmulator().start()                   token: emu.accessToken()
      // QorusEmulator q = new QorusEmulator().withUser("admin", "admin").start(); q.addWorkflow("INVOICE", "1.0")
      // ParapheurEmulator.withSampleData().start()         REST user rest-api / secret, documents 250, 251
      // emu.faults().next(1, Fault.status(503))            inject a fault; emu.clock().advance(...) moves time

    Close what you open: nx.close(); emu.close()      Guide: docs/jshell.md
    """);
