package org.gedkit.core.http;

/**
 * Where a {@link RequestAuthorizer} puts credentials on an outgoing request.
 */
public interface AuthTarget {

  /**
   * Sets a header (replacing any value of the same name).
   *
   * @param name the header name
   * @param value the value
   */
  void header(String name, String value);

  /**
   * Sets a query parameter (replacing any value of the same name).
   *
   * @param name the parameter name
   * @param value the value
   */
  void queryParameter(String name, String value);

  /**
   * Adds a form field when the request has a form body; otherwise sets it as a query parameter.
   *
   * @param name the field name
   * @param value the value
   */
  void formField(String name, String value);
}
