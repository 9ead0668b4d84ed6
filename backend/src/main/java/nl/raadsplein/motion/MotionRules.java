package nl.raadsplein.motion;

/** Which acts a motion's state allows: one place for the rules the services enforce and pages are told. */
final class MotionRules {

    private MotionRules() {}

    /** Its first submitter changes its text (a submitted one by a new version) and invites co-signers. */
    static boolean editable(MotionState state) {
        return state == MotionState.DRAFT || state == MotionState.SUBMITTED || state == MotionState.HELD_OVER;
    }

    /** Its first submitter puts it on a meeting's agenda item. */
    static boolean submittable(MotionState state) {
        return state == MotionState.DRAFT || state == MotionState.HELD_OVER;
    }

    static boolean withdrawable(MotionState state) {
        return editable(state);
    }

    static String link(long motionId) {
        return "/moties/" + motionId;
    }
}
