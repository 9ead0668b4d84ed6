package nl.raadsplein.e2e;

import static nl.raadsplein.e2e.SharedDemoData.Resource.RESIDENT_ACCOUNT;

/** Pages of the demo resident, in the {@link AccessibilityMatrixTest}. */
// Switches Sandra's account to English and back while it runs.
@SharedDemoData.Uses(exclusive = RESIDENT_ACCOUNT)
class ResidentPagesTest extends AccessibilityMatrixTest {

    ResidentPagesTest() {
        super(Role.RESIDENT);
    }
}
