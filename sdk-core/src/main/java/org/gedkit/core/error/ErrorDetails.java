package org.gedkit.core.error;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a failed call: the back end, the operation, the request and what the server said.
 *
 * <p>Immutable. The URL is always stored redacted (secrets replaced by {@code ***}); build it with the
 * transport's redactor, never from a raw URL holding a token.
 *
 * @param backend the back end name, such as {@code ezged}; never null
 * @param operation the operation name, such as {@code query/getexec}; never null
 * @param httpMethod the HTTP method, or null when no request was built
 * @param redactedUrl the redacted request URL, or null when no request was built
 * @param status the HTTP status, or null when no reply was received
 * @param vendorCode the vendor's own error code, or null
 * @param vendorMessage the vendor's own error message, or null
 */
public record ErrorDetails(
    String backend,
    String operation,
    String httpMethod,
    String redactedUrl,
    Integer status,
    String vendorCode,
    String vendorMessage) {

  /**
   * Checks and normalises the components.
   *
   * @param backend see the record description
   * @param operation see the record description
   * @param httpMethod see the record description
   * @param redactedUrl see the record description
   * @param status see the record description
   * @param vendorCode see the record description
   * @param vendorMessage see the record description
   */
  public ErrorDetails {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(operation, "operation");
  }

  /**
   * Details for an operation on a back end, before any request is built.
   *
   * @param backend the back end name
   * @param operation the operation name
   * @return the details; never null
   */
  public static ErrorDetails of(String backend, String operation) {
    return new ErrorDetails(backend, operation, null, null, null, null, null);
  }

  /**
   * Returns a copy with the request's method and redacted URL.
   *
   * @param method the HTTP method
   * @param url the already redacted URL
   * @return a copy; never null
   */
  public ErrorDetails withRequest(String method, String url) {
    return new ErrorDetails(backend, operation, method, url, status, vendorCode, vendorMessage);
  }

  /**
   * Returns a copy with the HTTP status.
   *
   * @param httpStatus the status
   * @return a copy; never null
   */
  public ErrorDetails withStatus(int httpStatus) {
    return new ErrorDetails(backend, operation, httpMethod, redactedUrl, httpStatus, vendorCode, vendorMessage);
  }

  /**
   * Returns a copy with the vendor's error code and message.
   *
   * @param code the vendor code, or null
   * @param message the vendor message, or null
   * @return a copy; never null
   */
  public ErrorDetails withVendor(String code, String message) {
    return new ErrorDetails(backend, operation, httpMethod, redactedUrl, status, code, message);
  }

  /**
   * Returns a copy naming another operation.
   *
   * @param otherOperation the operation name
   * @return a copy; never null
   */
  public ErrorDetails withOperation(String otherOperation) {
    return new ErrorDetails(backend, otherOperation, httpMethod, redactedUrl, status, vendorCode, vendorMessage);
  }

  /**
   * The HTTP status, when a reply was received.
   *
   * @return the status; never null
   */
  public OptionalInt httpStatus() {
    return status == null ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * The vendor code, when the server gave one.
   *
   * @return the code; never null
   */
  public Optional<String> vendorCodeIfAny() {
    return Optional.ofNullable(vendorCode);
  }

  /**
   * One line for logs: {@code [backend] operation METHOD url -> HTTP status, vendor code X "message"}.
   *
   * @return the line; never null
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append('[').append(backend).append("] ").append(operation);
    if (httpMethod != null) {
      sb.append(' ').append(httpMethod);
    }
    if (redactedUrl != null) {
      sb.append(' ').append(redactedUrl);
    }
    if (status != null) {
      sb.append(" -> HTTP ").append(status);
    }
    if (vendorCode != null) {
      sb.append(", vendor code ").append(vendorCode);
    }
    if (vendorMessage != null && !vendorMessage.isBlank()) {
      sb.append(", vendor message \"").append(oneLine(vendorMessage)).append('"');
    }
    return sb.toString();
  }

  static String oneLine(String s) {
    String flat = s.replaceAll("[\\r\\n\\t]+", " ").trim();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
