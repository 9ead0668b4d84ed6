/**
 * The council's information in the shape of OParl 1.1 (https://oparl.org/spezifikation/): the municipality as a
 * Body, the council, its committees and the parties as Organizations, councillors as Persons, meetings with their
 * agenda items, and public motions as Papers with their PDF. Ids are absolute URLs. Mapping and omissions:
 * docs/adr/0018-oparl.md.
 */
@NullMarked
package nl.raadsplein.opendata.oparl;

import org.jspecify.annotations.NullMarked;
