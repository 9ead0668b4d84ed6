/** Views for the platform: the audit log. */
@NullMarked
package nl.raadsplein.platform.ui;

import org.jspecify.annotations.NullMarked;
