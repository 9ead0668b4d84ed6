package nl.raadsplein.e2e;

/** Pages a visitor sees without logging in, in the {@link AccessibilityMatrixTest}. */
class VisitorPagesTest extends AccessibilityMatrixTest {

    VisitorPagesTest() {
        super(Role.VISITOR);
    }
}
