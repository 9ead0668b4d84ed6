package nl.raadsplein.deliberation;

/** A published statement with its counts. */
public record StatementView(long id, long discussionId, String text, boolean seed, int agree, int disagree, int pass) {

    public int votes() {
        return agree + disagree + pass;
    }
}
