/** A stateful in-process EzGED server for tests and examples: {@link org.gedkit.testkit.ezged.EzGedEmulator}. */
package org.gedkit.testkit.ezged;
