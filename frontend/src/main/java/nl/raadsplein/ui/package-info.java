/** The application shell: main layout, error pages, language, message bundles and shared view helpers. */
@NullMarked
package nl.raadsplein.ui;

import org.jspecify.annotations.NullMarked;
