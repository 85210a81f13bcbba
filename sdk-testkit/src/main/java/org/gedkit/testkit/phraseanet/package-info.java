/** The Phraseanet API v1 emulator: {@link org.gedkit.testkit.phraseanet.PhraseanetEmulator}. */
package org.gedkit.testkit.phraseanet;
