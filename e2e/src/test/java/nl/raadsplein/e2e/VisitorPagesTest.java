package nl.raadsplein.e2e;

/** Pages a visitor sees without logging in, in the {@link AccessibilityMatrixTest}. */
// Anonymous: reads the demo items by names that no journey changes.
@SharedDemoData.Uses
class VisitorPagesTest extends AccessibilityMatrixTest {

    VisitorPagesTest() {
        super(Role.VISITOR);
    }
}
