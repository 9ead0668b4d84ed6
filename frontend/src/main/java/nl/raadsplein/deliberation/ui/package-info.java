/** Value discussions on screen: framing, the griffie's approval, the list and page, and taking part. */
@NullMarked
package nl.raadsplein.deliberation.ui;

import org.jspecify.annotations.NullMarked;
