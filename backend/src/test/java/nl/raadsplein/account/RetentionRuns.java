package nl.raadsplein.account;

/** Runs the nightly retention job when a test says so, at the test clock's time. */
public final class RetentionRuns {

    private final RetentionJob job;

    RetentionRuns(RetentionJob job) {
        this.job = job;
    }

    public void run() {
        job.run();
    }
}
