package nl.raadsplein.e2e;

import static nl.raadsplein.e2e.SharedDemoData.Resource.COUNCILLOR_ACCOUNT;

/** Pages of the demo councillor, in the {@link AccessibilityMatrixTest}. */
// Switches Francis's account to English and back while it runs.
@SharedDemoData.Uses(exclusive = COUNCILLOR_ACCOUNT)
class CouncillorPagesTest extends AccessibilityMatrixTest {

    CouncillorPagesTest() {
        super(Role.COUNCILLOR);
    }
}
