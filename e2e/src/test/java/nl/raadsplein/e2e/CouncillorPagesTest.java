package nl.raadsplein.e2e;

import static nl.raadsplein.e2e.SharedDemoData.Resource.COUNCILLOR_ACCOUNT;

/** Pages of the demo councillor, in the {@link AccessibilityMatrixTest}. */
// Logs in as the role's demo account; chooses English before logging in, so the account stays in Dutch.
@SharedDemoData.Uses(shared = COUNCILLOR_ACCOUNT)
class CouncillorPagesTest extends AccessibilityMatrixTest {

    CouncillorPagesTest() {
        super(Role.COUNCILLOR);
    }
}
