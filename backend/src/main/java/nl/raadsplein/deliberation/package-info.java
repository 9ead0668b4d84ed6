/**
 * Value discussions (issue 11): councillors and griffiers frame a question with the public values at stake and seed
 * statements, the griffie approves, residents agree, disagree or pass one statement at a time, add statements and
 * weigh the values. The opinion maths and the report live in their own packages.
 */
@NullMarked
package nl.raadsplein.deliberation;

import org.jspecify.annotations.NullMarked;
