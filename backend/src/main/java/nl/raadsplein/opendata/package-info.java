/**
 * Public open data: what anyone may read of the platform without logging in, as plain records for the read API.
 * Only what the features already show the public; personal data never leaves here.
 */
@NullMarked
package nl.raadsplein.opendata;

import org.jspecify.annotations.NullMarked;
