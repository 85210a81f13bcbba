/** The loopback server the benchmarks and memory tests talk to: canned replies, generated content, hashed uploads. */
package org.gedkit.benchmarks.server;
