package org.gedkit.benchmarks.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * Deterministic content of any length, generated on the fly (nothing of it is held but one 64 KiB block): a random
 * block whose first eight bytes carry the block number, so a lost, repeated or reordered block changes every checksum.
 */
public final class GeneratedBytes {

  /** The block size. */
  public static final int BLOCK = 64 * 1024;
  private static final byte[] BASE = new byte[BLOCK];
  private static final Map<Long, String> MD5_CACHE = new ConcurrentHashMap<>();

  static {
    new Random(20261125L).nextBytes(BASE);
  }

  private GeneratedBytes() {}

  /**
   * Fills a buffer with block {@code index}.
   *
   * @param index the block number
   * @param buf a buffer of {@link #BLOCK} bytes
   */
  public static void block(long index, byte[] buf) {
    System.arraycopy(BASE, 0, buf, 0, BLOCK);
    for (int i = 0; i < 8; i++) {
      buf[i] ^= (byte) (index >>> (8 * i));
    }
  }

  /**
   * Writes the first {@code length} bytes.
   *
   * @param out where to
   * @param length how many
   * @throws IOException when writing fails
   */
  public static void writeTo(OutputStream out, long length) throws IOException {
    byte[] buf = new byte[BLOCK];
    long left = length;
    for (long i = 0; left > 0; i++) {
      block(i, buf);
      int n = (int) Math.min(BLOCK, left);
      out.write(buf, 0, n);
      left -= n;
    }
  }

  /**
   * Writes the first {@code length} bytes to a new file.
   *
   * @param file the file (replaced)
   * @param length how many
   * @throws IOException when writing fails
   */
  public static void writeFile(Path file, long length) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      byte[] buf = new byte[BLOCK];
      long left = length;
      for (long i = 0; left > 0; i++) {
        block(i, buf);
        int n = (int) Math.min(BLOCK, left);
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
        while (bb.hasRemaining()) {
          ch.write(bb);
        }
        left -= n;
      }
    }
  }

  /**
   * The MD5 (hex) of the first {@code length} bytes (computed once per length).
   *
   * @param length how many
   * @return lower-case hex
   */
  public static String md5(long length) {
    return MD5_CACHE.computeIfAbsent(length, n -> {
      try {
        MessageDigest md = MessageDigest.getInstance("MD5");
        byte[] buf = new byte[BLOCK];
        long left = n;
        for (long i = 0; left > 0; i++) {
          block(i, buf);
          int k = (int) Math.min(BLOCK, left);
          md.update(buf, 0, k);
          left -= k;
        }
        return HexFormat.of().formatHex(md.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /**
   * The CRC32C of the first {@code length} bytes.
   *
   * @param length how many
   * @return the CRC
   */
  public static long crc32c(long length) {
    CRC32C crc = new CRC32C();
    byte[] buf = new byte[BLOCK];
    long left = length;
    for (long i = 0; left > 0; i++) {
      block(i, buf);
      int k = (int) Math.min(BLOCK, left);
      crc.update(buf, 0, k);
      left -= k;
    }
    return crc.getValue();
  }
}
