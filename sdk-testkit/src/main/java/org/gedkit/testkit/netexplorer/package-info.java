/**
 * The NetExplorer emulator: {@link org.gedkit.testkit.netexplorer.NetExplorerEmulator}.
 */
package org.gedkit.testkit.netexplorer;
