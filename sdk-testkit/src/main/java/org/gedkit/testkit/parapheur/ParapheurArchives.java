package org.gedkit.testkit.parapheur;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds proof archives like Maarch Parapheur's (a ZIP of {@code maarchProof.xml}, the main document and
 * attachments) and hostile ones for security tests. Stateless, thread-safe.
 */
public final class ParapheurArchives {

  /** The kinds of hostile archive. */
  public enum Malice {
    /** An entry named {@code ../../gedkit-zip-slip.txt}. */
    ZIP_SLIP,
    /** An entry with an absolute name, {@code /tmp/gedkit-absolute.txt}. */
    ABSOLUTE_PATH,
    /** A Windows-style climb, {@code ..\..\gedkit-zip-slip.txt}. */
    BACKSLASH_SLIP,
    /** One small entry inflating to 64 MiB of zeros. */
    ZIP_BOMB,
    /** 5 000 tiny entries. */
    TOO_MANY_ENTRIES
  }

  private ParapheurArchives() {}

  /**
   * A ZIP with the entries in order, deflated.
   *
   * @param entries name → bytes
   * @return the archive bytes; never null
   */
  public static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(entry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * A hostile archive. Each also holds a harmless {@code maarchProof.xml} first, so a careless extractor
   * writes something before meeting the bad entry.
   *
   * @param malice what is wrong with it
   * @return the archive bytes; never null
   */
  public static byte[] malicious(Malice malice) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("maarchProof.xml", "<root/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] payload = "gedkit hostile entry".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    switch (malice) {
      case ZIP_SLIP:
        entries.put("../../gedkit-zip-slip.txt", payload);
        return zip(entries);
      case ABSOLUTE_PATH:
        entries.put("/tmp/gedkit-absolute.txt", payload);
        return zip(entries);
      case BACKSLASH_SLIP:
        entries.put("..\\..\\gedkit-zip-slip.txt", payload);
        return zip(entries);
      case ZIP_BOMB:
        return bomb(64 << 20);
      case TOO_MANY_ENTRIES:
        for (int i = 0; i < 5_000; i++) {
          entries.put("n" + i + ".txt", new byte[] {(byte) 'x'});
        }
        return zip(entries);
      default:
        throw new IllegalArgumentException("unknown malice " + malice);
    }
  }

  /**
   * An archive whose single entry {@code mainDocument.pdf} inflates to {@code inflatedBytes} zeros.
   *
   * @param inflatedBytes the inflated size
   * @return the archive bytes (about a thousandth of the inflated size); never null
   */
  public static byte[] bomb(long inflatedBytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      zip.putNextEntry(entry("maarchProof.xml"));
      zip.write("<root/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(entry("mainDocument.pdf"));
      byte[] zeros = new byte[1 << 20];
      Arrays.fill(zeros, (byte) 0);
      long left = inflatedBytes;
      while (left > 0) {
        int n = (int) Math.min(zeros.length, left);
        zip.write(zeros, 0, n);
        left -= n;
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** An entry with a fixed time, so the same archive is the same bytes whenever it is built. */
  private static ZipEntry entry(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTime(FIXED_TIME);
    return e;
  }

  private static final long FIXED_TIME = 1_577_836_800_000L; // 2020-01-01T00:00:00Z
}
