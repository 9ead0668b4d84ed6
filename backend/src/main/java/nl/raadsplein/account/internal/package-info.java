/** The account feature's ports for start-up provisioning and for moderating profiles; views cannot reach them. */
@NullMarked
package nl.raadsplein.account.internal;

import org.jspecify.annotations.NullMarked;
