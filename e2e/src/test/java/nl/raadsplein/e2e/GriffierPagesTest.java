package nl.raadsplein.e2e;

/** Pages of the demo griffier, in the {@link AccessibilityMatrixTest}. */
class GriffierPagesTest extends AccessibilityMatrixTest {

    GriffierPagesTest() {
        super(Role.GRIFFIER);
    }
}
