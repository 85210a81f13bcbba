package org.gedkit.netexplorer;

/**
 * Undoes the damage the seed's HTML-to-text extraction did to its JSON examples, and nothing else: the
 * original pages print them as annotated JavaScript on several lines, so each example now holds
 * {@code // comment} runs (which lost their line end, so they run up to the next {@code " { } [ ]}) and
 * {@code ...} ellipses standing for omitted members. Both are removed outside strings. Trailing commas and
 * empty placeholders ({@code [ ]} where a string was stripped) are left as they are: the SDK mapper must take them.
 */
final class SeedJson {

  private SeedJson() {}

  static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inString = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < s.length()) {
          out.append(s.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
        out.append(c);
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        while (i + 1 < s.length() && "\"{}[]".indexOf(s.charAt(i + 1)) < 0) {
          i++;
        }
      } else if (c == '.' && s.startsWith("...", i)) {
        i += 2;
        // an ellipsis member: drop the comma that follows it, if any
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == ' ') {
          j++;
        }
        if (j < s.length() && s.charAt(j) == ',') {
          i = j;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
