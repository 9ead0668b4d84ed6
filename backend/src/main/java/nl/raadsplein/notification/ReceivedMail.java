package nl.raadsplein.notification;

import java.time.Instant;

/** A mail as the demo mailbox caught it. */
public record ReceivedMail(String to, String subject, String body, Instant receivedAt) {}
