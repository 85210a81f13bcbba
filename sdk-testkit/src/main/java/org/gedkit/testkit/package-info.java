/**
 * The base every back-end emulator shares: {@link org.gedkit.testkit.EmulatorServer} (loopback server,
 * request log, fault injection), {@link org.gedkit.testkit.MutableClock} and
 * {@link org.gedkit.testkit.Fault}. One emulator per back end lives in a sub-package.
 */
package org.gedkit.testkit;
