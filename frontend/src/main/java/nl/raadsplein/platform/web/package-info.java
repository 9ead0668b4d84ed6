/** What the web server does for every feature: serving the frontend bundle's files. */
@NullMarked
package nl.raadsplein.platform.web;

import org.jspecify.annotations.NullMarked;
