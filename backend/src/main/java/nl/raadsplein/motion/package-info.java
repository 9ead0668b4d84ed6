/**
 * Council terms and seats, council meetings with their agenda, motions in the council's format with co-signers,
 * versions and citations, and the council's votes; outcomes travel to the cited proposals and their followers.
 */
@NullMarked
package nl.raadsplein.motion;

import org.jspecify.annotations.NullMarked;
