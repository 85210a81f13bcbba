package org.gedkit.parapheur.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.MediaType;
import org.gedkit.core.error.ChecksumMismatchException;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.GedkitException;
import org.gedkit.core.error.ProtocolException;
import org.gedkit.core.error.TransportException;
import org.gedkit.core.http.ApiRequest;
import org.gedkit.core.http.ApiResponse;
import org.gedkit.core.http.HttpTransport;
import org.gedkit.core.json.GedkitJson;
import org.gedkit.core.transfer.Checksum;
import org.gedkit.core.transfer.ChecksumAlgorithm;
import org.gedkit.parapheur.model.ProofFormat;
import org.gedkit.parapheur.model.ProofResult;

/**
 * Reads a proof reply into a file or a stream, in either mode, without holding it in memory: the stream
 * mode copies the body; the base64 mode walks the JSON with a streaming parser and decodes the value as
 * it arrives. Bytes pass through a sink that counts them, hashes them (SHA-512) and keeps the first ones to
 * tell the format. A file target is written to a temporary sibling moved into place only when complete
 * (and matching the expected checksum, if any).
 */
public final class ProofReader {

  /** The key real servers use for the base64 bytes. */
  public static final String KEY_REAL = "encodedProofDocument";
  /** The key the vendor document uses. */
  public static final String KEY_DOCUMENTED = "encodedDocument";

  /** PHP's base64_encode alphabet, padding accepted but not required, whitespace skipped. */
  private static final Base64Variant BASE64 =
      Base64Variants.MIME_NO_LINEFEEDS.withReadPadding(Base64Variant.PaddingReadBehaviour.PADDING_ALLOWED);

  private ProofReader() {}

  /**
   * Sends the proof request and writes the bytes.
   *
   * @param transport the transport
   * @param request the proof request
   * @param base64 true when the reply is the base64 JSON object
   * @param file the file target, or null
   * @param stream the stream target (when {@code file} is null)
   * @param expected the checksum the bytes must have, or null
   * @return what was written; never null
   * @throws GedkitException on any failure; a file target is then left untouched
   */
  public static ProofResult fetch(HttpTransport transport, ApiRequest request, boolean base64, Path file,
      OutputStream stream, Checksum expected) {
    ErrorDetails ctx = transport.details(request.operation());
    Path target = file == null ? null : file.toAbsolutePath();
    Path temp = null;
    boolean ok = false;
    try {
      if (target != null) {
        Path dir = target.getParent();
        if (dir != null) {
          Files.createDirectories(dir);
        }
        temp = (dir == null ? Path.of(".") : dir).resolve("." + target.getFileName() + ".gedkit-part-"
            + Long.toHexString(ThreadLocalRandom.current().nextLong()));
      }
      final Path tempFile = temp;
      Written w = transport.execute(request, r -> {
        if (tempFile != null) {
          try (OutputStream out = Files.newOutputStream(tempFile, StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            return read(r, base64, new Sink(out, expected));
          }
        }
        Written written = read(r, base64, new Sink(stream, expected));
        stream.flush();
        return written;
      });
      Checksum sha512 = Checksum.of(ChecksumAlgorithm.SHA512, w.sink.sha512);
      if (expected != null) {
        Checksum actual = expected.algorithm() == ChecksumAlgorithm.SHA512 ? sha512
            : Checksum.of(expected.algorithm(), w.sink.other);
        if (!expected.equals(actual)) {
          throw new ChecksumMismatchException(ctx, expected.algorithm().jcaName(), expected.hex(), actual.hex());
        }
      }
      if (target != null) {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      ok = true;
      return new ProofResult(ProofFormat.detect(w.sink.head, w.sink.headLength), Optional.ofNullable(w.declared),
          w.sink.count, Optional.ofNullable(target), sha512);
    } catch (IOException e) {
      throw new TransportException("cannot write the proof: " + e.getMessage(), ctx, false, e);
    } finally {
      if (!ok && temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  private record Written(Sink sink, String declared) {}

  private static Written read(ApiResponse r, boolean base64, Sink sink) throws IOException {
    if (!base64) {
      String declared = declaredByHeaders(r);
      try (InputStream in = r.bodyStream()) {
        in.transferTo(sink);
      }
      return new Written(sink, declared);
    }
    Optional<MediaType> ct = r.contentType();
    if (ct.isPresent() && ct.get().subtype().toLowerCase(Locale.ROOT).contains("html")) {
      throw r.protocolError("expected the base64 proof as JSON but the server sent " + ct.get());
    }
    String declared = null;
    boolean found = false;
    try (InputStream in = r.bodyStream(); JsonParser p = GedkitJson.mapper().getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw r.protocolError("the base64 proof reply is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ((KEY_REAL.equals(name) || KEY_DOCUMENTED.equals(name)) && !found) {
          if (value != JsonToken.VALUE_STRING) {
            throw r.protocolError("\"" + name + "\" is not a base64 string but " + value);
          }
          p.readBinaryValue(BASE64, sink);
          found = true;
        } else if ("format".equals(name) && value.isScalarValue()) {
          declared = p.getText();
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new ProtocolException("the base64 proof reply is not valid JSON holding base64 "
          + "(after " + sink.count + " decoded bytes): " + e.getOriginalMessage(), r.details(), false, e);
    } catch (IllegalArgumentException e) {
      throw new ProtocolException("the proof is not valid base64 (after " + sink.count + " decoded bytes): "
          + e.getMessage(), r.details(), false, e);
    }
    if (!found) {
      throw r.protocolError("the base64 proof reply has neither \"" + KEY_REAL + "\" nor \"" + KEY_DOCUMENTED + "\"");
    }
    return new Written(sink, declared);
  }

  /** The format the stream reply declares: the file name of Content-Disposition first, then Content-Type. */
  private static String declaredByHeaders(ApiResponse r) {
    Optional<String> cd = r.header("Content-Disposition");
    if (cd.isPresent()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)filename\\*?=\"?([^\";]+)\"?")
          .matcher(cd.get());
      if (m.find()) {
        String fn = m.group(1).trim();
        int dot = fn.lastIndexOf('.');
        if (dot >= 0 && dot < fn.length() - 1) {
          return fn.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
      }
    }
    return r.contentType().map(mt -> mt.subtype().toLowerCase(Locale.ROOT)).orElse(null);
  }

  /** Counts, hashes and keeps the head of what passes; never closes the delegate. */
  static final class Sink extends OutputStream {
    final OutputStream out;
    final MessageDigest sha512 = ChecksumAlgorithm.SHA512.newDigest();
    final MessageDigest other;
    final byte[] head = new byte[ProofFormat.SNIFF_BYTES];
    int headLength;
    long count;

    Sink(OutputStream out, Checksum expected) {
      this.out = out;
      this.other = expected == null || expected.algorithm() == ChecksumAlgorithm.SHA512 ? null
          : expected.algorithm().newDigest();
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      sha512.update(b, off, len);
      if (other != null) {
        other.update(b, off, len);
      }
      if (headLength < head.length) {
        int n = Math.min(len, head.length - headLength);
        System.arraycopy(b, off, head, headLength, n);
        headLength += n;
      }
      count += len;
    }
  }
}
