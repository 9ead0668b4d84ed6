package nl.raadsplein.e2e;

import static nl.raadsplein.e2e.SharedDemoData.Resource.GRIFFIER_ACCOUNT;

/** Pages of the demo griffier, in the {@link AccessibilityMatrixTest}. */
// Switches the griffier's account to English and back while it runs.
@SharedDemoData.Uses(exclusive = GRIFFIER_ACCOUNT)
class GriffierPagesTest extends AccessibilityMatrixTest {

    GriffierPagesTest() {
        super(Role.GRIFFIER);
    }
}
