package nl.raadsplein.motion;

/** Whether an invited co-signer signed; the first submitter is accepted from the start. */
public enum SubmitterStatus {
    INVITED,
    ACCEPTED,
    DECLINED
}
