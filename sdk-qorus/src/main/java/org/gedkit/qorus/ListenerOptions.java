package org.gedkit.qorus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Optional arguments of {@code POST /api/v2/system/listeners} ({@code toString()} masks the key password).
 *
 * <p>Immutable; start from {@link #defaults()} and chain the {@code with...} methods.
 *
 * @param certFile {@code cert_file}, null to leave out
 * @param keyFile {@code key_file}, null to leave out
 * @param keyPassword {@code key_password}, null to leave out
 * @param family {@code family}, null to leave out
 * @param name {@code name}, null to leave out
 */
public record ListenerOptions(String certFile, String keyFile, String keyPassword, String family, String name) {

  /**
   * No optional argument set.
   *
   * @return the defaults
   */
  public static ListenerOptions defaults() {
    return new ListenerOptions(null, null, null, null, null);
  }

  /**
   * A copy with {@code cert_file} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ListenerOptions withCertFile(String value) {
    return new ListenerOptions(value, keyFile, keyPassword, family, name);
  }
  /**
   * A copy with {@code key_file} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ListenerOptions withKeyFile(String value) {
    return new ListenerOptions(certFile, value, keyPassword, family, name);
  }
  /**
   * A copy with {@code key_password} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ListenerOptions withKeyPassword(String value) {
    return new ListenerOptions(certFile, keyFile, value, family, name);
  }
  /**
   * A copy with {@code family} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ListenerOptions withFamily(String value) {
    return new ListenerOptions(certFile, keyFile, keyPassword, value, name);
  }
  /**
   * A copy with {@code name} set.
   *
   * @param value the value; null to leave it out
   * @return the copy
   */
  public ListenerOptions withName(String value) {
    return new ListenerOptions(certFile, keyFile, keyPassword, family, value);
  }

  /**
   * The wire arguments (null values are left out when sent).
   *
   * @return the arguments, in document order
   */
  public Map<String, Object> toArgs() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cert_file", certFile);
    m.put("key_file", keyFile);
    m.put("key_password", keyPassword);
    m.put("family", family);
    m.put("name", name);
    return m;
  }

  @Override
  public String toString() {
    return "ListenerOptions[certFile=" + certFile + ", keyFile=" + keyFile + ", keyPassword="
        + (keyPassword == null ? "null" : "***") + ", family=" + family + ", name=" + name + "]";
  }
}
