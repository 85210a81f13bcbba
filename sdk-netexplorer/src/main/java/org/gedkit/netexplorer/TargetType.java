package org.gedkit.netexplorer;

/** The kind of object an annotation, a tag or a category is attached to ({@code "file"} or {@code "folder"}). */
public enum TargetType {
  /** A file ({@code file}). */
  FILE("file"),
  /** A folder ({@code folder}). */
  FOLDER("folder");

  private final String wire;

  TargetType(String wire) {
    this.wire = wire;
  }

  /** @return the wire value */
  public String wire() {
    return wire;
  }
}
