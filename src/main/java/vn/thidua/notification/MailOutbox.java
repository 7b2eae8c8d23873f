package vn.thidua.notification;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.unit.Department;
import vn.thidua.unit.Departments;

/**
 * Sends the outbox's e-mails after the changes that wrote them committed: every few
 * seconds the due ones (locked with {@code skip locked}, so several app instances never
 * send one twice), each attempt counted; a failure is retried with back-off (1, 5, 30
 * minutes, then every 2 hours) and given up after 8 attempts. Without an SMTP server
 * configured ({@code spring.mail.host}) nothing is sent and the inbox still works — said
 * once at start.
 */
@Component
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	static final int MAX_ATTEMPTS = 8;

	/** The language of the mails (the bundle without a suffix). */
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ObjectProvider<JavaMailSender> sender;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	private final Departments departments;

	private final NotificationTexts texts;

	private final MessageSource messages;

	MailOutbox(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			Departments departments, NotificationTexts texts, MessageSource messages,
			@Value("${app.mail.from:cumthidua@localhost}") String from,
			@Value("${app.base-url:http://localhost:8080}") String baseUrl) {
		this.departments = departments;
		this.texts = texts;
		this.messages = messages;
		this.sender = sender;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl;
	}

	/** Whether an SMTP server is configured. */
	public boolean isConfigured() {
		return this.sender.getIfAvailable() != null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void sayWhetherConfigured() {
		if (!isConfigured()) {
			log.info("E-mail: no SMTP server configured (spring.mail.host); notifications stay in the app's inbox");
		}
	}

	@Scheduled(fixedDelayString = "${app.mail.poll:PT20S}", initialDelayString = "${app.mail.poll:PT20S}")
	void sendScheduled() {
		sendDue();
	}

	/**
	 * Sends the mails that are due now.
	 * @return how many were sent
	 */
	public int sendDue() {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return 0;
		}
		Integer sent = this.transactions.execute((tx) -> {
			int count = 0;
			Instant now = this.clock.instant();
			List<Map<String, Object>> due = this.jdbc.queryForList(
					"""
							select m.id, m.to_address, m.attempts, n.kind, n.args, n.title, n.body, n.link, u.province_id, p.name as province
							from notification_mails m
							join notifications n on n.id = m.notification_id
							join app_users u on u.id = n.user_id join provinces p on p.id = u.province_id
							where m.status = 'PENDING' and m.next_attempt_at <= ? order by m.id limit 50
							for update of m skip locked""",
					Timestamp.from(now));
			for (Map<String, Object> row : due) {
				long id = ((Number) row.get("id")).longValue();
				int attempts = ((Number) row.get("attempts")).intValue() + 1;
				try {
					mail.send(message(row));
					this.jdbc.update("update notification_mails set status = 'SENT', attempts = ?, sent_at = ?, "
							+ "last_error = null where id = ?", attempts, Timestamp.from(now), id);
					this.jdbc.update("insert into notification_mail_attempts (mail_id, attempted_at, sent) values "
							+ "(?, ?, true)", id, Timestamp.from(now));
					count++;
				}
				catch (RuntimeException ex) {
					String error = String.valueOf(ex.getMessage());
					this.jdbc.update(
							"update notification_mails set status = ?, attempts = ?, last_error = ?, "
									+ "next_attempt_at = ? where id = ?",
							(attempts >= MAX_ATTEMPTS) ? "FAILED" : "PENDING", attempts,
							error.substring(0, Math.min(1000, error.length())),
							Timestamp.from(now.plus(backOff(attempts))), id);
					this.jdbc.update(
							"insert into notification_mail_attempts (mail_id, attempted_at, sent, error) values "
									+ "(?, ?, false, ?)",
							id, Timestamp.from(now), error.substring(0, Math.min(1000, error.length())));
					log.warn("E-mail #{} not sent (attempt {}): {}", id, attempts, error);
				}
			}
			return count;
		});
		return (sent != null) ? sent : 0;
	}

	static Duration backOff(int attempts) {
		return switch (attempts) {
			case 1 -> Duration.ofMinutes(1);
			case 2 -> Duration.ofMinutes(5);
			case 3 -> Duration.ofMinutes(30);
			default -> Duration.ofHours(2);
		};
	}

	/**
	 * The mail of an outbox row, in Vietnamese: the notification's title, text and link,
	 * signed by the province's department of today.
	 */
	SimpleMailMessage message(Map<String, Object> row) {
		NotificationTexts.Text words;
		try {
			words = this.texts.of(NotificationKind.valueOf((String) row.get("kind")),
					Notifications.args((Array) row.get("args")), (String) row.get("title"), (String) row.get("body"),
					VIETNAMESE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Notification arguments not readable", ex);
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo((String) row.get("to_address"));
		message.setSubject(
				this.messages.getMessage("notification.letter.subject", new Object[] { words.title() }, VIETNAMESE));
		StringBuilder text = new StringBuilder(words.title()).append(".\n\n");
		if (words.body() != null) {
			text.append(words.body()).append("\n\n");
		}
		if (row.get("link") != null) {
			text.append(this.messages.getMessage("notification.letter.link",
					new Object[] { this.baseUrl + row.get("link") }, VIETNAMESE))
				.append("\n\n");
		}
		Department department = this.departments.current(((Number) row.get("province_id")).longValue());
		text.append(this.messages.getMessage("notification.letter.footer",
				new Object[] { department.name(), row.get("province"), this.baseUrl + "/account/notifications" },
				VIETNAMESE));
		message.setText(text.toString());
		return message;
	}

	/**
	 * The outbox's state for the administrator.
	 *
	 * @param configured whether an SMTP server is configured
	 * @param pending mails waiting
	 * @param sent mails sent
	 * @param failed mails given up
	 * @param lastFailures the latest failed attempts: address, attempts, error
	 */
	public record Status(boolean configured, int pending, int sent, int failed,
			List<Map<String, Object>> lastFailures) {
	}

	public Status status() {
		Map<String, Object> counts = this.jdbc
			.queryForMap("select count(*) filter (where status = 'PENDING') as pending, "
					+ "count(*) filter (where status = 'SENT') as sent, count(*) filter (where status = 'FAILED') as failed "
					+ "from notification_mails");
		List<Map<String, Object>> failures = this.jdbc.queryForList("select m.to_address, m.attempts, "
				+ "a.error as last_error, a.attempted_at from notification_mail_attempts a join notification_mails m "
				+ "on m.id = a.mail_id where not a.sent order by a.attempted_at desc, a.id desc limit 20");
		return new Status(isConfigured(), ((Number) counts.get("pending")).intValue(),
				((Number) counts.get("sent")).intValue(), ((Number) counts.get("failed")).intValue(), failures);
	}

}
