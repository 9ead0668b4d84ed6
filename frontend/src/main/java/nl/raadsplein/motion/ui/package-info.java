/** Pages for council meetings, motions and votes, and the sections other pages show about them. */
@NullMarked
package nl.raadsplein.motion.ui;

import org.jspecify.annotations.NullMarked;
