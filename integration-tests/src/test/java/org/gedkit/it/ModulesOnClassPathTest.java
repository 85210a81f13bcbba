package org.gedkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModulesOnClassPathTest {

  @Test
  void everyAdapterIsOnTheClassPath() throws Exception {
    for (String c : new String[] {"org.gedkit.phraseanet.PhraseanetClient", "org.gedkit.parapheur.ParapheurClient"}) {
      assertThat(Class.forName(c)).isNotNull();
    }
  }
}
