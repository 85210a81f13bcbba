package org.gedkit.ezged;

/** The comparison operators of EzGED view filters (section "Rechercher sur une Vue"). */
public enum FilterOperator {
  /** {@code =} */
  EQ("="),
  /** {@code >=} */
  GE(">="),
  /** {@code <=} */
  LE("<="),
  /** {@code like} ({@code %} is the wildcard) */
  LIKE("like"),
  /** {@code in} (values separated by commas) */
  IN("in"),
  /** {@code <>} */
  NOT_EQUAL("<>"),
  /** {@code not like} */
  NOT_LIKE("not like");

  private final String wire;

  FilterOperator(String wire) {
    this.wire = wire;
  }

  /**
   * The operator as sent on the wire.
   *
   * @return e.g. {@code >=}; never null
   */
  public String wire() {
    return wire;
  }
}
