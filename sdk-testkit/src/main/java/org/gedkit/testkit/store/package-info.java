/**
 * The conformance kit of the portable view: {@link org.gedkit.testkit.store.DocumentStoreContractTest},
 * the same scenarios for every {@code DocumentStore}, run against each back end's emulator.
 */
package org.gedkit.testkit.store;
