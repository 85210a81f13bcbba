/** Immutable records of the EzGED replies; every wire column is kept. */
package org.gedkit.ezged.model;
