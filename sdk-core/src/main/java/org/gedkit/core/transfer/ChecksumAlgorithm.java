package org.gedkit.core.transfer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The checksum algorithms the back ends announce. */
public enum ChecksumAlgorithm {
  /** MD5 (NetExplorer). */
  MD5("MD5"),
  /** SHA-1 (EzGED "ripe"). */
  SHA1("SHA-1"),
  /** SHA-256 (Phraseanet). */
  SHA256("SHA-256"),
  /** SHA-512 (Parapheur fingerprint). */
  SHA512("SHA-512");

  private final String jcaName;

  ChecksumAlgorithm(String jcaName) {
    this.jcaName = jcaName;
  }

  /**
   * The Java name of the algorithm, e.g. {@code SHA-256}.
   *
   * @return the name; never null
   */
  public String jcaName() {
    return jcaName;
  }

  /**
   * A new digest for this algorithm.
   *
   * @return the digest; never null
   */
  public MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(jcaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + jcaName, e);
    }
  }
}
