package org.gedkit.parapheur.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a proof reply holds, told from its first bytes (never from what the server declares: real servers
 * send the ZIP with an {@code application/xml} content type).
 */
public enum ProofFormat {
  /** A PDF (the proof of an eIDAS signature), starting with {@code %PDF-}. */
  PDF,
  /** An XML proof (the history of a non-eIDAS signature), starting with {@code <}. */
  XML,
  /** A ZIP archive (the whole folder), starting with {@code PK}. */
  ZIP,
  /** Anything else. */
  UNKNOWN;

  /** How many leading bytes {@link #detect(byte[], int)} looks at. */
  public static final int SNIFF_BYTES = 64;

  /**
   * Tells the format from the first bytes.
   *
   * @param head the first bytes
   * @param length how many of them are valid
   * @return the format; never null
   */
  public static ProofFormat detect(byte[] head, int length) {
    int n = Math.min(length, head.length);
    if (n >= 4 && head[0] == 'P' && head[1] == 'K'
        && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8))) {
      return ZIP;
    }
    int i = 0;
    if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    String start = new String(head, i, Math.max(0, n - i), StandardCharsets.ISO_8859_1);
    if (start.startsWith("%PDF-")) {
      return PDF;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<") && !lower.startsWith("<!doctype html") && !lower.startsWith("<html")) {
      return XML;
    }
    return UNKNOWN;
  }

  /**
   * The format a server declared ({@code format} of the base64 reply, a file extension, a media type).
   *
   * @param declared e.g. {@code zip}, {@code application/pdf}
   * @return the format; {@link #UNKNOWN} when not recognised
   */
  public static ProofFormat fromDeclared(String declared) {
    if (declared == null) {
      return UNKNOWN;
    }
    String d = declared.trim().toLowerCase(Locale.ROOT);
    if (d.endsWith("pdf")) {
      return PDF;
    }
    if (d.endsWith("zip")) {
      return ZIP;
    }
    if (d.endsWith("xml")) {
      return XML;
    }
    return UNKNOWN;
  }
}
