/**
 * The Phraseanet API v1 adapter: {@link org.gedkit.phraseanet.PhraseanetClient} and its resource
 * groups, starting with the quarantine ({@link org.gedkit.phraseanet.QuarantineApi}).
 */
package org.gedkit.phraseanet;
