package org.gedkit.parapheur;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.TransportException;

/**
 * Extracts a proof archive (the whole folder returned by {@link DocumentsApi#proof} without
 * {@code onlyProof}) safely: no entry may land outside the target directory (zip-slip, absolute paths,
 * drive letters, links already in the directory), existing files are never overwritten, and the entry
 * count, the inflated sizes and the compression ratio are capped against zip bombs. When an entry is
 * refused, everything extracted so far is removed. Stateless, thread-safe.
 *
 * <p>A Maarch Parapheur folder holds {@value #HISTORY_PROOF}, an optional {@value #EIDAS_PROOF},
 * {@value #MAIN_DOCUMENT} and {@code attachment_N.pdf} files.
 */
public final class ProofArchive {

  /** The history proof in the folder. */
  public static final String HISTORY_PROOF = "maarchProof.xml";
  /** The eIDAS proof in the folder, when the signature was eIDAS. */
  public static final String EIDAS_PROOF = "docaposteProof.pdf";
  /** The signed main document in the folder. */
  public static final String MAIN_DOCUMENT = "mainDocument.pdf";

  private static final String OP = "documents.extractProof";
  private static final long RATIO_CHECK_AFTER = 1L << 20;

  private ProofArchive() {}

  /**
   * Extracts with the {@linkplain ArchiveLimits#defaults() default limits}.
   *
   * @param zip the archive
   * @param directory where to write (created if needed)
   * @return what was written; never null
   * @throws UnsafeArchiveException when the archive is refused (nothing is left on disk)
   * @throws InvalidArgumentException when an argument is null
   * @throws TransportException when the disk fails
   */
  public static ExtractedArchive extract(Path zip, Path directory) {
    return extract(zip, directory, ArchiveLimits.defaults());
  }

  /**
   * Extracts with the given limits.
   *
   * @param zip the archive
   * @param directory where to write (created if needed)
   * @param limits the caps
   * @return what was written; never null
   * @throws UnsafeArchiveException when the archive is refused (nothing is left on disk)
   * @throws InvalidArgumentException when an argument is null
   * @throws TransportException when the disk fails
   */
  public static ExtractedArchive extract(Path zip, Path directory, ArchiveLimits limits) {
    ErrorDetails d = ErrorDetails.of(ParapheurClient.BACKEND, OP);
    if (zip == null || directory == null || limits == null) {
      throw new InvalidArgumentException("zip, directory and limits must not be null", d);
    }
    List<Path> files = new ArrayList<>();
    Deque<Path> created = new ArrayDeque<>();
    boolean ok = false;
    try {
      Path root = createDirectories(directory.toAbsolutePath().normalize(), created).toRealPath();
      long total = 0;
      try (ZipFile zf = new ZipFile(zip.toFile())) {
        if (zf.size() > limits.maxEntries()) {
          throw new UnsafeArchiveException("the archive has " + zf.size() + " entries, more than the limit of "
              + limits.maxEntries(), d, null);
        }
        Enumeration<? extends ZipEntry> entries = zf.entries();
        while (entries.hasMoreElements()) {
          ZipEntry e = entries.nextElement();
          Path dest = destination(root, e.getName(), d);
          if (e.isDirectory()) {
            createDirectories(dest, created);
            continue;
          }
          Path parent = createDirectories(dest.getParent(), created);
          if (!parent.toRealPath().startsWith(root)) {
            throw new UnsafeArchiveException("entry \"" + e.getName() + "\" would be written through a link outside "
                + root, d, e.getName());
          }
          long written;
          try (InputStream in = zf.getInputStream(e);
              OutputStream out = Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                  LinkOption.NOFOLLOW_LINKS)) {
            files.add(dest);
            written = copy(in, out, e, limits, limits.maxTotalBytes() - total, d);
          } catch (FileAlreadyExistsException ex) {
            throw new UnsafeArchiveException("entry \"" + e.getName() + "\" would overwrite an existing file", d,
                e.getName());
          }
          total += written;
        }
      } catch (ZipException e) {
        throw new UnsafeArchiveException("not a readable ZIP archive: " + e.getMessage(), d, null);
      }
      ok = true;
      return new ExtractedArchive(root, files, total);
    } catch (IOException e) {
      throw new TransportException("cannot extract the archive: " + e.getMessage(), d, false, e);
    } finally {
      if (!ok) {
        cleanUp(files, created);
      }
    }
  }

  /** The safe destination of an entry name, or an exception naming why it is refused. */
  private static Path destination(Path root, String rawName, ErrorDetails d) {
    String name = rawName.replace('\\', '/');
    if (name.isEmpty() || name.indexOf('\0') >= 0 || name.chars().anyMatch(c -> c < 0x20)) {
      throw new UnsafeArchiveException("entry \"" + printable(rawName) + "\" has an empty or control-character name",
          d, rawName);
    }
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.startsWith("//")) {
      throw new UnsafeArchiveException("entry \"" + printable(rawName) + "\" has an absolute path", d, rawName);
    }
    for (String seg : name.split("/")) {
      if (seg.equals("..")) {
        throw new UnsafeArchiveException("entry \"" + printable(rawName) + "\" climbs out of the directory (zip-slip)",
            d, rawName);
      }
    }
    Path dest = root.resolve(name).normalize();
    if (!dest.startsWith(root) || dest.equals(root)) {
      throw new UnsafeArchiveException("entry \"" + printable(rawName) + "\" resolves outside the directory", d,
          rawName);
    }
    return dest;
  }

  private static long copy(InputStream in, OutputStream out, ZipEntry e, ArchiveLimits limits, long totalLeft,
      ErrorDetails d) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long written = 0;
    long compressed = e.getCompressedSize();
    int n;
    while ((n = in.read(buf)) > 0) {
      written += n;
      if (written > limits.maxEntryBytes()) {
        throw new UnsafeArchiveException("entry \"" + e.getName() + "\" inflates beyond the limit of "
            + limits.maxEntryBytes() + " bytes (zip bomb?)", d, e.getName());
      }
      if (written > totalLeft) {
        throw new UnsafeArchiveException("the archive inflates beyond the limit of " + limits.maxTotalBytes()
            + " bytes in total (zip bomb?)", d, e.getName());
      }
      if (written > RATIO_CHECK_AFTER && compressed > 0 && written / compressed > limits.maxCompressionRatio()) {
        throw new UnsafeArchiveException("entry \"" + e.getName() + "\" has a compression ratio above "
            + limits.maxCompressionRatio() + " (zip bomb?)", d, e.getName());
      }
      out.write(buf, 0, n);
    }
    return written;
  }

  private static Path createDirectories(Path dir, Deque<Path> created) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = dir; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
      missing.push(p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      created.push(p);
    }
    return dir;
  }

  private static void cleanUp(List<Path> files, Deque<Path> created) {
    for (int i = files.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(files.get(i));
      } catch (IOException ignored) {
        // best effort
      }
    }
    for (Path dir : created) {
      try {
        Files.deleteIfExists(dir);
      } catch (IOException ignored) {
        // not empty or gone
      }
    }
  }

  private static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().limit(200).forEach(c -> {
      if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ProofArchive";
  }

}
