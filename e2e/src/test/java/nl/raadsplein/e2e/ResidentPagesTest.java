package nl.raadsplein.e2e;

/** Pages of the demo resident, in the {@link AccessibilityMatrixTest}. */
class ResidentPagesTest extends AccessibilityMatrixTest {

    ResidentPagesTest() {
        super(Role.RESIDENT);
    }
}
