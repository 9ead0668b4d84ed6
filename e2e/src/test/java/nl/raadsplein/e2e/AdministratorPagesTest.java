package nl.raadsplein.e2e;

import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;

/** Pages of the demo administrator, in the {@link AccessibilityMatrixTest}. */
// Logs in as the role's demo account; chooses English before logging in, so the account stays in Dutch.
@SharedDemoData.Uses(shared = ADMINISTRATOR_ACCOUNT)
class AdministratorPagesTest extends AccessibilityMatrixTest {

    AdministratorPagesTest() {
        super(Role.ADMINISTRATOR);
    }
}
