package nl.raadsplein.notification;

import java.time.Instant;

/**
 * One notification as its recipient sees it. The title is already in the recipient's language and holds
 * text others typed: show it as text, never as markup. The link is a path within the application.
 */
public record Notification(long id, String kind, String title, String link, Instant createdAt, boolean read) {}
