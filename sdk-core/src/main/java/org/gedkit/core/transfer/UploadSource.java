package org.gedkit.core.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;

/**
 * What an upload reads from: a file, bytes, or a stream with its length. Bodies are streamed, never
 * held whole in memory (a stream chunk is buffered, at most one chunk at a time, so it can be resent).
 *
 * <p>A file or bytes source can be read any number of times (retries and resumes are safe); a stream
 * source can be read once, in order.
 */
public abstract class UploadSource {

  private final String fileName;

  UploadSource(String fileName) {
    this.fileName = fileName;
  }

  /**
   * A file.
   *
   * @param file a readable regular file
   * @return the source; never null
   * @throws InvalidArgumentException when the file is not a readable regular file
   */
  public static UploadSource ofPath(Path file) {
    if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw invalid("upload file must be a readable regular file: " + file);
    }
    try {
      return new PathSource(file, 0, Files.size(file), file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Bytes in memory.
   *
   * @param bytes the bytes (not copied: do not change them during the upload)
   * @param fileName the name to upload under
   * @return the source; never null
   */
  public static UploadSource ofBytes(byte[] bytes, String fileName) {
    Objects.requireNonNull(bytes, "bytes");
    return new BytesSource(bytes, 0, bytes.length, requireName(fileName));
  }

  /**
   * A stream of known length, read once.
   *
   * @param in the stream (closed by the caller)
   * @param length the exact number of bytes it will give; not negative
   * @param fileName the name to upload under
   * @return the source; never null
   * @throws InvalidArgumentException when the length is negative
   */
  public static UploadSource ofStream(InputStream in, long length, String fileName) {
    Objects.requireNonNull(in, "in");
    if (length < 0) {
      throw invalid("upload length must not be negative, was " + length);
    }
    return new StreamSource(in, length, requireName(fileName));
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw invalid("upload fileName must not be blank");
    }
    return name;
  }

  static InvalidArgumentException invalid(String message) {
    return new InvalidArgumentException(message, ErrorDetails.of("core", "upload"));
  }

  /**
   * The name the content is uploaded under.
   *
   * @return the name; never null
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The number of bytes.
   *
   * @return the length
   */
  public abstract long length();

  /**
   * Whether the content can be read again (a retry or a resume can resend it).
   *
   * @return true for files and bytes
   */
  public abstract boolean isReplayable();

  /**
   * The file behind this source, if any.
   *
   * @return the path; never null
   */
  public Optional<Path> path() {
    return Optional.empty();
  }

  /**
   * Opens the content from its start.
   *
   * @return a stream of exactly {@link #length()} bytes
   * @throws IOException when it cannot be opened
   */
  public abstract InputStream openStream() throws IOException;

  /**
   * A part of this source, as a replayable source. For a stream source, parts must be taken in order
   * and each is buffered in memory (so keep chunks reasonably small).
   *
   * @param offset the first byte
   * @param len how many bytes
   * @return the part; never null
   * @throws IOException when reading a stream part fails
   */
  public abstract UploadSource slice(long offset, long len) throws IOException;

  /**
   * An OkHttp body streaming this source and counting progress.
   *
   * @param type the media type, or null
   * @param tracker the progress tracker, or null
   * @return the body; never null
   */
  public RequestBody toRequestBody(MediaType type, ProgressTracker tracker) {
    UploadSource self = this;
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return self.length();
      }

      @Override
      public boolean isOneShot() {
        return !self.isReplayable();
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try (InputStream in = self.openStream()) {
          byte[] buf = new byte[64 * 1024];
          long left = self.length();
          int n;
          while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
            sink.write(buf, 0, n);
            left -= n;
            if (tracker != null) {
              tracker.add(n);
            }
          }
          if (left > 0) {
            throw new IOException("the upload source ended " + left + " bytes early");
          }
        }
      }
    };
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + fileName + ", " + length() + " bytes]";
  }

  private static final class PathSource extends UploadSource {
    private final Path file;
    private final long offset;
    private final long length;

    PathSource(Path file, long offset, long length, String name) {
      super(name);
      this.file = file;
      this.offset = offset;
      this.length = length;
    }

    @Override
    public long length() {
      return length;
    }

    @Override
    public boolean isReplayable() {
      return true;
    }

    @Override
    public Optional<Path> path() {
      return Optional.of(file);
    }

    @Override
    public InputStream openStream() throws IOException {
      FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
      ch.position(offset);
      return new BoundedInputStream(Channels.newInputStream(ch), length);
    }

    @Override
    public UploadSource slice(long off, long len) {
      checkSlice(off, len, length);
      return new PathSource(file, offset + off, len, fileName());
    }
  }

  private static final class BytesSource extends UploadSource {
    private final byte[] bytes;
    private final int offset;
    private final int length;

    BytesSource(byte[] bytes, int offset, int length, String name) {
      super(name);
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
    }

    @Override
    public long length() {
      return length;
    }

    @Override
    public boolean isReplayable() {
      return true;
    }

    @Override
    public InputStream openStream() {
      return new ByteArrayInputStream(bytes, offset, length);
    }

    @Override
    public UploadSource slice(long off, long len) {
      checkSlice(off, len, length);
      return new BytesSource(bytes, offset + (int) off, (int) len, fileName());
    }
  }

  private static final class StreamSource extends UploadSource {
    private final InputStream in;
    private final long length;
    private long position;
    private boolean opened;

    StreamSource(InputStream in, long length, String name) {
      super(name);
      this.in = in;
      this.length = length;
    }

    @Override
    public long length() {
      return length;
    }

    @Override
    public boolean isReplayable() {
      return false;
    }

    @Override
    public synchronized InputStream openStream() throws IOException {
      if (opened || position > 0) {
        throw new IOException("a stream upload source can be read only once");
      }
      opened = true;
      return new BoundedInputStream(in, length) {
        @Override
        public void close() {
          // the caller owns the stream
        }
      };
    }

    @Override
    public synchronized UploadSource slice(long off, long len) throws IOException {
      checkSlice(off, len, length);
      if (off < position) {
        throw new IOException("a stream upload source cannot go back to byte " + off + " (at " + position + ")");
      }
      if (len > Integer.MAX_VALUE - 16) {
        throw new IOException("a stream chunk must fit in memory; use a smaller chunk size");
      }
      in.skipNBytes(off - position);
      byte[] chunk = in.readNBytes((int) len);
      if (chunk.length != len) {
        throw new IOException("the upload stream ended at byte " + (off + chunk.length) + " of " + length);
      }
      position = off + len;
      return new BytesSource(chunk, 0, chunk.length, fileName());
    }
  }

  private static void checkSlice(long off, long len, long total) {
    if (off < 0 || len < 0 || off + len > total) {
      throw invalid("slice [" + off + ", +" + len + ") is outside the " + total + " bytes of the source");
    }
  }

  private static class BoundedInputStream extends InputStream {
    private final InputStream in;
    private long left;

    BoundedInputStream(InputStream in, long left) {
      this.in = in;
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
