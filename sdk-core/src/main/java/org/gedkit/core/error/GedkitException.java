package org.gedkit.core.error;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The root of every error Gedkit throws: unchecked, with the back end, the operation, the request
 * (method and redacted URL), the HTTP status, the vendor's own code and message, and whether retrying
 * can help.
 *
 * <p>Subclasses say what kind of failure it was; see {@code docs/errors.md}. Messages never hold a
 * password, token or session id.
 */
public class GedkitException extends RuntimeException {

  private final ErrorDetails details;
  private final boolean retryable;
  private volatile Set<String> hidden = Set.of();

  /**
   * Creates an exception.
   *
   * @param message what went wrong, in words; never holding a secret
   * @param details the context of the failed call
   * @param retryable whether the same call may succeed if tried again
   * @param cause the underlying cause, or null
   */
  public GedkitException(String message, ErrorDetails details, boolean retryable, Throwable cause) {
    super(message, cause);
    this.details = Objects.requireNonNull(details, "details");
    this.retryable = retryable;
  }

  /**
   * The context of the failed call.
   *
   * @return the details; never null
   */
  public ErrorDetails details() {
    if (hidden.isEmpty()) {
      return details;
    }
    return details.withRequest(details.httpMethod(), hide(details.redactedUrl()))
        .withVendor(hide(details.vendorCode()), hide(details.vendorMessage()));
  }

  /**
   * Masks secret values (a token, a password, a session id) wherever this exception shows text: its
   * message, the URL, the vendor code and the vendor message. The transport calls this with the
   * credentials it sent, so a server that echoes a token never leaks it into a log. Values shorter than 4
   * characters are ignored.
   *
   * @param secrets the secret values; nulls ignored
   * @return this exception
   */
  public GedkitException hideSecrets(Collection<String> secrets) {
    Set<String> all = new LinkedHashSet<>(hidden);
    for (String s : secrets) {
      if (s != null && s.length() >= 4) {
        all.add(s);
      }
    }
    // longest first, so that "Bearer abcd" is masked whole before "abcd"
    this.hidden = all.stream().sorted((a, b) -> Integer.compare(b.length(), a.length()))
        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    return this;
  }

  private String hide(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : hidden) {
      out = out.replace(s, "***");
    }
    return out;
  }

  /**
   * The back end name, e.g. {@code netexplorer}.
   *
   * @return the name; never null
   */
  public String backend() {
    return details.backend();
  }

  /**
   * The operation name, e.g. {@code files.download}.
   *
   * @return the name; never null
   */
  public String operation() {
    return details.operation();
  }

  /**
   * The HTTP method, when a request was built.
   *
   * @return the method; never null
   */
  public Optional<String> httpMethod() {
    return Optional.ofNullable(details.httpMethod());
  }

  /**
   * The redacted URL, when a request was built.
   *
   * @return the URL; never null
   */
  public Optional<String> redactedUrl() {
    return Optional.ofNullable(hide(details.redactedUrl()));
  }

  /**
   * The HTTP status, when a reply was received.
   *
   * @return the status; never null
   */
  public OptionalInt status() {
    return details.httpStatus();
  }

  /**
   * The vendor's own error code ({@code errorcode} of EzGED, {@code err} of Qorus, ...).
   *
   * @return the code; never null
   */
  public Optional<String> vendorCode() {
    return Optional.ofNullable(hide(details.vendorCode()));
  }

  /**
   * The vendor's own error message.
   *
   * @return the message; never null
   */
  public Optional<String> vendorMessage() {
    return Optional.ofNullable(hide(details.vendorMessage()));
  }

  /**
   * Whether trying the same call again may succeed (a dropped connection, 503, 429...).
   *
   * @return true if a retry can help
   */
  public boolean isRetryable() {
    return retryable;
  }

  @Override
  public String getMessage() {
    String base = super.getMessage();
    return hide(details.describe() + (base == null || base.isBlank() ? "" : ": " + ErrorDetails.oneLine(base)));
  }

  /**
   * The message given when the exception was created, without the context.
   *
   * @return the message; may be empty, never null
   */
  public String reason() {
    String base = super.getMessage();
    return base == null ? "" : hide(base);
  }
}
