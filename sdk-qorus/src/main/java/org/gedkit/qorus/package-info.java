/**
 * Gedkit adapter for the Qorus Integration Engine REST API v2: start with
 * {@link org.gedkit.qorus.QorusClient#builder()}; one {@code *Api} per group of the document
 * ({@code system()}, {@code workflows()}, {@code orders()}, {@code jobs()}, {@code services()}).
 */
package org.gedkit.qorus;
