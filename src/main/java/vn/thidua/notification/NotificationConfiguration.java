package vn.thidua.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The reminders and the mail outbox run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

}
