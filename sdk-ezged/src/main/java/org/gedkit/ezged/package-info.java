/**
 * Gedkit adapter for the EzGED {@code service.php} web services: start with
 * {@link org.gedkit.ezged.EzGedClient#builder()}.
 */
package org.gedkit.ezged;
