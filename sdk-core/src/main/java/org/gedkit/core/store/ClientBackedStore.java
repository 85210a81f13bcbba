package org.gedkit.core.store;

import java.util.Objects;
import org.gedkit.core.error.ErrorDetails;
import org.gedkit.core.error.InvalidArgumentException;
import org.gedkit.core.error.UnsupportedCapabilityException;

/**
 * What every adapter's {@link DocumentStore} shares: the back end name, the vendor client behind it
 * ({@link #unwrap(Class)}, {@link #close()}), and the argument checks made before anything is sent. An
 * adapter's store extends it and implements only what its back end does.
 *
 * @param <C> the vendor client type
 */
public abstract class ClientBackedStore<C extends AutoCloseable> implements DocumentStore {

  private final String backend;
  private final C client;

  /**
   * A store over a client; closing the store closes the client.
   *
   * @param backend the back end name
   * @param client the vendor client
   */
  protected ClientBackedStore(String backend, C client) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public final String backend() {
    return backend;
  }

  /**
   * The vendor client behind this store.
   *
   * @return the client; never null
   */
  protected final C client() {
    return client;
  }

  /**
   * The vendor client (or this store) as {@code type}.
   *
   * @param type the type wanted, e.g. {@code NetExplorerClient.class}
   * @param <T> the type
   * @return the client or this store; never null
   * @throws UnsupportedCapabilityException for any other type
   */
  @Override
  public final <T> T unwrap(Class<T> type) {
    if (type != null && type.isInstance(client)) {
      return type.cast(client);
    }
    if (type != null && type.isInstance(this)) {
      return type.cast(this);
    }
    throw new UnsupportedCapabilityException("a " + backend + " store is backed by a "
        + client.getClass().getSimpleName() + ", not " + (type == null ? "null" : type.getName()),
        ErrorDetails.of(backend, "store.unwrap"));
  }

  /** Closes the client behind (logs out). Idempotent when the client's close is. */
  @Override
  public void close() {
    try {
      client.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks an id argument before anything is sent.
   *
   * @param value the value given
   * @param name the argument name, e.g. {@code documentId}
   * @param capability the operation it is for
   * @return the value, trimmed; never null
   * @throws InvalidArgumentException when it is null or blank
   */
  protected final String requireId(String value, String name, Capability capability) {
    if (value == null || value.isBlank()) {
      throw new InvalidArgumentException(name + " must not be null or blank", details(capability));
    }
    return value.trim();
  }

  /**
   * Checks a numeric id argument before anything is sent.
   *
   * @param value the value given
   * @param name the argument name
   * @param capability the operation it is for
   * @return the number; positive
   * @throws InvalidArgumentException when it is not a positive number
   */
  protected final long requireNumericId(String value, String name, Capability capability) {
    String v = requireId(value, name, capability);
    try {
      long n = Long.parseLong(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new InvalidArgumentException(name + " must be a positive number, was \"" + v + "\"", details(capability));
  }

  /**
   * Checks that an argument is not null.
   *
   * @param value the value
   * @param name the argument name
   * @param capability the operation it is for
   * @param <T> the type
   * @return the value; never null
   * @throws InvalidArgumentException when it is null
   */
  protected final <T> T requireNonNull(T value, String name, Capability capability) {
    if (value == null) {
      throw new InvalidArgumentException(name + " must not be null", details(capability));
    }
    return value;
  }

  /**
   * The error context of a store operation.
   *
   * @param capability the operation
   * @return the details; never null
   */
  protected final ErrorDetails details(Capability capability) {
    return ErrorDetails.of(backend, "store." + capability.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + client + "]";
  }
}
