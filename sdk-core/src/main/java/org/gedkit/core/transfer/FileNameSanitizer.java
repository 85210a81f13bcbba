package org.gedkit.core.transfer;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a file name that came from a server safe for the local disk: no path separators, no
 * {@code ..}, no control, format, lone-surrogate or reserved characters, no Windows device names, at most 200 UTF-8 bytes
 * (the extension kept). Stateless.
 */
public final class FileNameSanitizer {

  /** The longest name produced, in UTF-8 bytes. */
  public static final int MAX_BYTES = 200;

  private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
      "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
      "LPT9");

  private FileNameSanitizer() {}

  /**
   * A safe local name for {@code name}.
   *
   * @param name a server-given name (may be null, a path, hostile)
   * @return a safe, non-empty name; {@code download} when nothing usable is left
   */
  public static String sanitize(String name) {
    if (name == null) {
      return "download";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFC);
    int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    if (cut >= 0) {
      s = s.substring(cut + 1);
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || "<>:\"|?*".indexOf(cp) >= 0
          || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
          || cp == 0x2028 || cp == 0x2029) {
        sb.append('_');
      } else {
        sb.appendCodePoint(cp);
      }
    });
    String out = trim(sb.toString());
    if (out.isEmpty()) {
      return "download";
    }
    String stem = out.contains(".") ? out.substring(0, out.indexOf('.')) : out;
    if (WINDOWS_DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
      out = "_" + out;
    }
    // the byte cap may end the name on a dot or a space again: trim once more so that sanitising twice changes
    // nothing (found by a long fuzzing run)
    return trim(capBytes(out));
  }

  /**
   * Drops surrounding whitespace, leading dots and trailing dots and spaces until none is left: removing one kind
   * can expose another (". (" would become " ("), and sanitising twice must change nothing (found by long
   * fuzzing runs).
   */
  private static String trim(String s) {
    String out = s;
    while (true) {
      String next = out.strip();
      while (next.endsWith(".") || next.endsWith(" ")) {
        next = next.substring(0, next.length() - 1);
      }
      while (next.startsWith(".")) {
        next = next.substring(1);
      }
      if (next.equals(out)) {
        return out;
      }
      out = next;
    }
  }

  private static String capBytes(String s) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return s;
    }
    int dot = s.lastIndexOf('.');
    String ext = dot > 0 && s.length() - dot <= 16 ? s.substring(dot) : "";
    String stem = ext.isEmpty() ? s : s.substring(0, dot);
    int budget = MAX_BYTES - ext.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < stem.length(); ) {
      int cp = stem.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + len > budget) {
        break;
      }
      sb.appendCodePoint(cp);
      used += len;
      i += Character.charCount(cp);
    }
    return sb + ext;
  }
}
