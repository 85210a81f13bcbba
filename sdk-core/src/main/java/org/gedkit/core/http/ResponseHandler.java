package org.gedkit.core.http;

import java.io.IOException;

/**
 * Turns a reply into a result. Called by the transport inside the call, with the body open; the
 * transport closes the body afterwards. An {@link IOException} becomes a {@code TransportException}; a
 * {@code GedkitException} is passed through (an {@code AuthenticationException} marked
 * {@code sessionExpired} renews the session and replays the call); any other exception becomes a
 * {@code ProtocolException}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseHandler<T> {

  /**
   * Reads the reply.
   *
   * @param response the reply, body open
   * @return the result
   * @throws IOException when reading the body fails
   */
  T handle(ApiResponse response) throws IOException;
}
