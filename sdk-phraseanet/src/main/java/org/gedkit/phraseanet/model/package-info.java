/** The typed, immutable records of the Phraseanet API replies. */
package org.gedkit.phraseanet.model;
