package nl.raadsplein.e2e;

import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;

/** Pages of the demo resident, in the {@link AccessibilityMatrixTest}. */
// Logs in as the role's demo account; chooses English before logging in, so the account stays in Dutch.
@SharedDemoData.Uses(shared = RESIDENT_ACCOUNT)
class ResidentPagesTest extends AccessibilityMatrixTest {

    ResidentPagesTest() {
        super(Role.RESIDENT);
    }
}
