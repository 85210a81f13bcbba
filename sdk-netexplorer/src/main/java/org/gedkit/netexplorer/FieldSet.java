package org.gedkit.netexplorer;

/** Which fields the server returns for a file or folder (seed "mode complet" / "mode light"). */
public enum FieldSet {
  /** The server default. */
  DEFAULT,
  /** Full mode: adds the "Mode complet uniquement" fields. */
  FULL,
  /** Light mode: drops creation, owner and owner_id. */
  LIGHT
}
