/**
 * JMH benchmarks of Gedkit against hand-written OkHttp + Jackson ({@link org.gedkit.benchmarks.RawClient}), both
 * against the same loopback back end, and the runner ({@code Main}) that writes the ratio table.
 */
package org.gedkit.benchmarks;
