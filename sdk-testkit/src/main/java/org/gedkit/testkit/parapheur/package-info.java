/**
 * The Maarch Parapheur emulator and the proof archives it serves, hostile ones included
 * ({@link org.gedkit.testkit.parapheur.ParapheurArchives}).
 */
package org.gedkit.testkit.parapheur;
