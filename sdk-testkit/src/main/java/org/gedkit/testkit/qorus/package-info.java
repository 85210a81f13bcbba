/**
 * An in-process emulator of the Qorus Integration Engine REST API v2 ({@link org.gedkit.testkit.qorus.QorusEmulator}).
 */
package org.gedkit.testkit.qorus;
