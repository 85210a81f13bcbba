package org.gedkit.core.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what the SLF4J simple logger wrote since {@link #start()}: test logging goes to
 * {@code target/gedkit-core-test.log} (see {@code simplelogger.properties}), at TRACE for Gedkit.
 */
public final class LogCapture {
  private static final Path FILE = Path.of("target", "gedkit-core-test.log");
  private final long offset;

  private LogCapture(long offset) {
    this.offset = offset;
  }

  public static LogCapture start() {
    org.slf4j.LoggerFactory.getLogger(LogCapture.class).info("log capture starts");
    try {
      return new LogCapture(Files.size(FILE));
    } catch (IOException e) {
      throw new AssertionError("the test log file " + FILE.toAbsolutePath() + " is missing", e);
    }
  }

  public String text() {
    try (RandomAccessFile f = new RandomAccessFile(FILE.toFile(), "r")) {
      f.seek(offset);
      byte[] b = new byte[(int) (f.length() - offset)];
      f.readFully(b);
      return new String(b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
