package nl.raadsplein.e2e;

import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;

/** Pages of the demo griffier, in the {@link AccessibilityMatrixTest}. */
// Logs in as the role's demo account; chooses English before logging in, so the account stays in Dutch.
@SharedDemoData.Uses(shared = GRIFFIER_ACCOUNT)
class GriffierPagesTest extends AccessibilityMatrixTest {

    GriffierPagesTest() {
        super(Role.GRIFFIER);
    }
}
