package org.gedkit.ezged;

/**
 * Options of {@code log/getactivity}.
 *
 * @param detail {@code detail=1}: include the full workflow and signature-book details
 * @param usersOnly {@code filter=users}: only activities caused by a user (else {@code filter=all})
 */
public record ActivityOptions(boolean detail, boolean usersOnly) {

  /**
   * The defaults: no detail, all activities.
   *
   * @return the defaults; never null
   */
  public static ActivityOptions defaults() {
    return new ActivityOptions(false, false);
  }

  /**
   * These options with {@code detail=1}.
   *
   * @return new options; never null
   */
  public ActivityOptions withDetail() {
    return new ActivityOptions(true, usersOnly);
  }

  /**
   * These options with {@code filter=users}.
   *
   * @return new options; never null
   */
  public ActivityOptions withUsersOnly() {
    return new ActivityOptions(detail, true);
  }
}
