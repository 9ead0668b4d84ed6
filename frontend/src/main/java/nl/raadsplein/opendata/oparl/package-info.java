/**
 * The OParl 1.1 interface under {@code /oparl/v1}, entered at {@code /oparl/v1/system}. It shares the public read
 * API's security chain, caching, CORS and rate limit (opendata.api). Mapping: docs/adr/0018-oparl.md.
 */
@NullMarked
package nl.raadsplein.opendata.oparl;

import org.jspecify.annotations.NullMarked;
