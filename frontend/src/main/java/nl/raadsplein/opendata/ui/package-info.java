/** The open-data page: the bundles anyone downloads, and for the griffie making one now. */
@NullMarked
package nl.raadsplein.opendata.ui;

import org.jspecify.annotations.NullMarked;
