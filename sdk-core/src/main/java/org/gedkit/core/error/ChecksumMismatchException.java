package org.gedkit.core.error;

/**
 * The bytes received or sent do not match the checksum the server gave. The partial file is removed;
 * retrying the transfer may help.
 */
public class ChecksumMismatchException extends ProtocolException {

  private final String expected;
  private final String actual;

  /**
   * Creates the exception.
   *
   * @param details the context of the transfer
   * @param algorithm the checksum algorithm name
   * @param expected the expected hex digest
   * @param actual the computed hex digest
   */
  public ChecksumMismatchException(ErrorDetails details, String algorithm, String expected, String actual) {
    super(algorithm + " mismatch: expected " + expected + " but the bytes give " + actual, details, true, null);
    this.expected = expected;
    this.actual = actual;
  }

  /**
   * The digest the server announced.
   *
   * @return the hex digest; never null
   */
  public String expected() {
    return expected;
  }

  /**
   * The digest computed from the bytes.
   *
   * @return the hex digest; never null
   */
  public String actual() {
    return actual;
  }
}
