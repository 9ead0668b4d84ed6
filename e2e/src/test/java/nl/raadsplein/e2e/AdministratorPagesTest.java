package nl.raadsplein.e2e;

/** Pages of the demo administrator, in the {@link AccessibilityMatrixTest}. */
class AdministratorPagesTest extends AccessibilityMatrixTest {

    AdministratorPagesTest() {
        super(Role.ADMINISTRATOR);
    }
}
