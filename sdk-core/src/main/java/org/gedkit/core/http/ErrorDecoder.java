package org.gedkit.core.http;

import org.gedkit.core.error.GedkitException;

/**
 * Turns a non-2xx reply into the right {@link GedkitException}, reading the vendor's error body.
 * Each adapter gives its own; {@link #standard()} covers plain HTTP semantics.
 */
@FunctionalInterface
public interface ErrorDecoder {

  /**
   * Decodes the error reply.
   *
   * @param response the reply (status not 2xx), body open
   * @return the exception to throw; never null
   */
  GedkitException decode(ApiResponse response);

  /**
   * The standard decoder: the status gives the kind ({@link org.gedkit.core.error.HttpErrors}); a JSON
   * body's {@code message}, {@code error}, {@code errors}, {@code error_message} or {@code desc} gives
   * the vendor message, {@code code} or {@code err} the vendor code; a 401 on an authenticated call
   * is treated as an expired session.
   *
   * @return the decoder; never null
   */
  static ErrorDecoder standard() {
    return StandardErrorDecoder.INSTANCE;
  }
}
