/**
 * Lazy listings: {@link org.gedkit.core.paging.PagedIterable} fetches {@link org.gedkit.core.paging.Page}s
 * one at a time, for offset/limit and cursor listings alike.
 */
package org.gedkit.core.paging;
