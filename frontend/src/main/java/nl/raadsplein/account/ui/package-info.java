/** Views for accounts: login, registration, profiles, residency, organisations and parties. */
@NullMarked
package nl.raadsplein.account.ui;

import org.jspecify.annotations.NullMarked;
