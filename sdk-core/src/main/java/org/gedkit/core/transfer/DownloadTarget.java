package org.gedkit.core.transfer;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a download goes: a file (written to a temporary sibling and moved into place only when complete
 * and verified) or a stream (written as bytes arrive; the caller owns and closes it).
 */
public final class DownloadTarget {

  private final Path path;
  private final OutputStream stream;

  private DownloadTarget(Path path, OutputStream stream) {
    this.path = path;
    this.stream = stream;
  }

  /**
   * A file; an existing file is replaced only once the download is complete and verified.
   *
   * @param file the file
   * @return the target; never null
   */
  public static DownloadTarget toPath(Path file) {
    return new DownloadTarget(Objects.requireNonNull(file, "file").toAbsolutePath(), null);
  }

  /**
   * A stream (not closed by the SDK).
   *
   * @param out the stream
   * @return the target; never null
   */
  public static DownloadTarget toStream(OutputStream out) {
    return new DownloadTarget(null, Objects.requireNonNull(out, "out"));
  }

  /**
   * The file, for a file target.
   *
   * @return the file; never null
   */
  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  /**
   * The stream, for a stream target.
   *
   * @return the stream; never null
   */
  public Optional<OutputStream> stream() {
    return Optional.ofNullable(stream);
  }

  @Override
  public String toString() {
    return path != null ? "DownloadTarget[" + path + "]" : "DownloadTarget[stream]";
  }
}
