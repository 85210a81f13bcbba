/** Phraseanet wire details (envelope, error mapping, quirks); not public API. */
package org.gedkit.phraseanet.internal;
