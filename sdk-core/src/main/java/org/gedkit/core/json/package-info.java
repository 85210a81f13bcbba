/**
 * JSON for every back end: the configured mapper ({@link org.gedkit.core.json.GedkitJson}), the one
 * date parser ({@link org.gedkit.core.json.GedkitDates}) and support for the {@code extra()} map of
 * unknown fields ({@link org.gedkit.core.json.ExtraFields}).
 */
package org.gedkit.core.json;
