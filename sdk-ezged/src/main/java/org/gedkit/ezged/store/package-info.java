/**
 * The portable {@link org.gedkit.core.store.DocumentStore} view of EzGED (families, views and records as
 * containers, record files as documents), registered for {@code Gedkit.connect("ezged+https://host/ezged")}.
 */
package org.gedkit.ezged.store;
