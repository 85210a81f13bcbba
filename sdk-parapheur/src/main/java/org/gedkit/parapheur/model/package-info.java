/**
 * The typed values Maarch Parapheur replies are read into: immutable records keeping unknown wire fields
 * in {@code extra()}.
 */
package org.gedkit.parapheur.model;
