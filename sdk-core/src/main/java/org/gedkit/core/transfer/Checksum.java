package org.gedkit.core.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.TransportException;

/**
 * A checksum: an algorithm and a lower-case hex digest. Immutable.
 *
 * @param algorithm the algorithm
 * @param hex the lower-case hex digest
 */
public record Checksum(ChecksumAlgorithm algorithm, String hex) {

  /**
   * Checks and normalises the digest.
   *
   * @param algorithm the algorithm
   * @param hex the hex digest, any case
   * @throws InvalidArgumentException when the digest is not hex of the algorithm's length
   */
  public Checksum {
    Objects.requireNonNull(algorithm, "algorithm");
    if (hex == null) {
      throw new InvalidArgumentException("checksum hex must not be null", ErrorDetails.of("core", "checksum"));
    }
    hex = hex.trim().toLowerCase(Locale.ROOT);
    int expected = algorithm.newDigest().getDigestLength() * 2;
    if (hex.length() != expected || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new InvalidArgumentException("not a " + algorithm.jcaName() + " hex digest (" + expected + " hex digits): \""
          + (hex.length() > 140 ? hex.substring(0, 140) + "…" : hex) + "\"", ErrorDetails.of("core", "checksum"));
    }
  }

  /**
   * A checksum from a hex digest.
   *
   * @param algorithm the algorithm
   * @param hex the hex digest (any case)
   * @return the checksum; never null
   */
  public static Checksum of(ChecksumAlgorithm algorithm, String hex) {
    return new Checksum(algorithm, hex);
  }

  /**
   * The checksum of a digest's result.
   *
   * @param algorithm the algorithm
   * @param digest the finished digest
   * @return the checksum; never null
   */
  public static Checksum of(ChecksumAlgorithm algorithm, MessageDigest digest) {
    return new Checksum(algorithm, HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * Computes the checksum of a file, streaming.
   *
   * @param algorithm the algorithm
   * @param file the file
   * @return the checksum; never null
   * @throws TransportException when the file cannot be read
   */
  public static Checksum compute(ChecksumAlgorithm algorithm, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return compute(algorithm, in);
    } catch (IOException e) {
      throw new TransportException("cannot read " + file + ": " + e.getMessage(), ErrorDetails.of("core", "checksum"),
          false, e);
    }
  }

  /**
   * Computes the checksum of a stream, reading it to its end (the stream is not closed).
   *
   * @param algorithm the algorithm
   * @param in the stream
   * @return the checksum; never null
   * @throws IOException when reading fails
   */
  public static Checksum compute(ChecksumAlgorithm algorithm, InputStream in) throws IOException {
    MessageDigest md = algorithm.newDigest();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) > 0) {
      md.update(buf, 0, n);
    }
    return of(algorithm, md);
  }

  /**
   * Computes the checksum of bytes.
   *
   * @param algorithm the algorithm
   * @param bytes the bytes
   * @return the checksum; never null
   */
  public static Checksum compute(ChecksumAlgorithm algorithm, byte[] bytes) {
    MessageDigest md = algorithm.newDigest();
    md.update(bytes);
    return of(algorithm, md);
  }

  /**
   * Whether a file has this checksum.
   *
   * @param file the file
   * @return true when it matches
   */
  public boolean matches(Path file) {
    return equals(compute(algorithm, file));
  }

  @Override
  public String toString() {
    return algorithm + ":" + hex;
  }
}
