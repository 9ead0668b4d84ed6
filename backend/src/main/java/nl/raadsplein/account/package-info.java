/** Accounts, organisations, parties, residency and the census that sign-in and registration rely on. */
@NullMarked
package nl.raadsplein.account;

import org.jspecify.annotations.NullMarked;
