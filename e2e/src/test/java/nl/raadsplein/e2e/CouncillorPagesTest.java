package nl.raadsplein.e2e;

/** Pages of the demo councillor, in the {@link AccessibilityMatrixTest}. */
class CouncillorPagesTest extends AccessibilityMatrixTest {

    CouncillorPagesTest() {
        super(Role.COUNCILLOR);
    }
}
