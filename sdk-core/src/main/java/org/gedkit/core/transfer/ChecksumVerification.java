package org.gedkit.core.transfer;

/** What was checked at the end of a transfer. A mismatch is never a value here: it throws. */
public enum ChecksumVerification {
  /** The bytes match the checksum the server gave. */
  VERIFIED,
  /** The server gave no checksum, so nothing could be verified (the digest is still computed). */
  NOT_VERIFIABLE,
  /** Verification was not asked for. */
  NOT_REQUESTED
}
