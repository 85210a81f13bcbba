package org.gedkit.core.error;

/**
 * An argument is invalid. Thrown before anything is sent when the SDK can tell (the message names the argument), or when the server rejects the request as malformed (HTTP 400, 422; the status is then set).
 */
public class InvalidArgumentException extends GedkitException {

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   */
  public InvalidArgumentException(String message, ErrorDetails details) {
    super(message, details, false, null);
  }

  /**
   * Creates the exception.
   *
   * @param message what went wrong; never holding a secret
   * @param details the context of the failed call
   * @param retryable whether the same call may succeed if tried again
   * @param cause the underlying cause, or null
   */
  public InvalidArgumentException(String message, ErrorDetails details, boolean retryable, Throwable cause) {
    super(message, details, retryable, cause);
  }

  /**
   * Checks a required argument of a public method: the typed replacement of
   * {@link java.util.Objects#requireNonNull(Object, String)} that every Gedkit public method uses, so a
   * missing argument is an {@code InvalidArgumentException} naming it (never a NullPointerException).
   *
   * @param value the argument
   * @param argument its name, as the caller wrote it (the message names it)
   * @param backend the back end whose method checks it (as in {@link GedkitException#backend()})
   * @param <T> the argument type
   * @return {@code value}, never null
   * @throws InvalidArgumentException when {@code value} is null
   */
  public static <T> T requireNonNull(T value, String argument, String backend) {
    if (value == null) {
      throw new InvalidArgumentException(argument + " must not be null", ErrorDetails.of(backend, "argument check"));
    }
    return value;
  }
}
