package org.gedkit.phraseanet.store;

import org.gedkit.core.store.DocumentStore;
import org.gedkit.phraseanet.PhraseanetClient;
import org.gedkit.testkit.phraseanet.PhraseanetEmulator;
import org.gedkit.testkit.store.DocumentStoreContractTest;

/** The conformance kit, run on the Phraseanet store against the emulator (250 quarantine items). */
class PhraseanetDocumentStoreContractTest extends DocumentStoreContractTest {

  private PhraseanetEmulator emulator;

  @Override
  protected DocumentStore openStore() {
    emulator = new PhraseanetEmulator(250, PhraseanetEmulator.DEFAULT_TOKEN,
        org.gedkit.testkit.MutableClock.startingNow()).start();
    return PhraseanetClient.builder().baseUrl(emulator.baseUrl()).accessToken(emulator.accessToken())
        .sleeper(wait -> { }).build().asDocumentStore();
  }

  @Override
  protected void stopBackend() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Override
  protected String populatedContainerId() {
    return PhraseanetDocumentStore.QUARANTINE;
  }
}
