package org.gedkit.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Gedkit version, read from the build. */
public final class GedkitVersion {

  private static final String VERSION = load();

  private GedkitVersion() {}

  /**
   * The version of this Gedkit build, e.g. {@code 0.1.0-SNAPSHOT}.
   *
   * @return the version; never null
   */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = GedkitVersion.class.getResourceAsStream("/org/gedkit/core/gedkit.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.startsWith("$")) {
          return v;
        }
      }
    } catch (IOException ignored) {
      // fall through
    }
    return "dev";
  }
}
