package nl.raadsplein.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Mail settings under {@code raadsplein.mail.*}: the sender of every mail the platform sends. */
@ConfigurationProperties("raadsplein.mail")
public record MailSenderProperties(String from) {}
