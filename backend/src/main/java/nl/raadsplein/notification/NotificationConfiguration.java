package nl.raadsplein.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sender and the daily digest run on Spring's scheduler wherever the backend runs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MailSenderProperties.class)
class NotificationConfiguration {}
