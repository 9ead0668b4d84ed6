/** The demo profile's data: the fictional municipality IJssellanden, its accounts and their participation. */
@NullMarked
package nl.raadsplein.demo;

import org.jspecify.annotations.NullMarked;
