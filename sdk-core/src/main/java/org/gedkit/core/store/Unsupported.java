package org.gedkit.core.store;

import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.UnsupportedCapabilityException;

/**
 * The exception a store throws for a capability it lacks, before sending anything.
 */
public final class Unsupported {

  private Unsupported() {}

  /**
   * The exception for a missing capability.
   *
   * @param backend the back end
   * @param capability what was asked
   * @param why a short reason, e.g. "the seed document describes no upload"
   * @return the exception (to throw); never null
   */
  public static UnsupportedCapabilityException capability(String backend, Capability capability, String why) {
    return new UnsupportedCapabilityException(backend + " does not support " + capability + ": " + why,
        ErrorDetails.of(backend, "store." + capability.name().toLowerCase(java.util.Locale.ROOT)));
  }
}
