/**
 * One unchecked error hierarchy for every back end, rooted at {@link org.gedkit.core.error.GedkitException}.
 * Each exception names the back end, the operation, the redacted request, the HTTP status, the vendor's
 * code and message, and whether retrying can help.
 */
package org.gedkit.core.error;
