package org.gedkit.ezged;

/** Sort direction of {@code query/getexec} ({@code qryusrorderdirection}). */
public enum SortDirection {
  /** {@code ASC} */
  ASC,
  /** {@code DESC} */
  DESC
}
