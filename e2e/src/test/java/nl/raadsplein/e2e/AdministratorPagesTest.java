package nl.raadsplein.e2e;

import static nl.raadsplein.e2e.SharedDemoData.Resource.ADMINISTRATOR_ACCOUNT;

/** Pages of the demo administrator, in the {@link AccessibilityMatrixTest}. */
// Switches the administrator's account to English and back while it runs.
@SharedDemoData.Uses(exclusive = ADMINISTRATOR_ACCOUNT)
class AdministratorPagesTest extends AccessibilityMatrixTest {

    AdministratorPagesTest() {
        super(Role.ADMINISTRATOR);
    }
}
