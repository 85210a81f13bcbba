package org.gedkit.examples;

/**
 * One runnable example: does real work against a back end (or its emulator) and prints it readably.
 */
public interface Example {

  /**
   * The back end name, e.g. {@code ezged}.
   *
   * @return the name; never null
   */
  String backend();

  /**
   * Runs the example.
   *
   * @param console where to print
   * @param config where to connect (the emulator when no URL is given)
   * @throws Exception when the example fails
   */
  void run(Console console, BackendConfig config) throws Exception;
}
