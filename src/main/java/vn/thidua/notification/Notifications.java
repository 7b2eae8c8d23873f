package vn.thidua.notification;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox of each user and the outbox of e-mails. {@link #notify} writes both in the
 * caller's transaction, so a change that rolls back leaves neither; the
 * {@link MailOutbox} sends the mails after commit. A notification is kept as its kind and
 * the arguments of its text, worded by {@link NotificationTexts} when it is read or
 * mailed. Notifications are kept 12 months.
 */
@Service
public class Notifications {

	static final Duration KEPT = Duration.ofDays(366);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ObjectProvider<JavaMailSender> mail;

	private final NotificationTexts texts;

	Notifications(JdbcTemplate jdbc, Clock clock, ObjectProvider<JavaMailSender> mail, NotificationTexts texts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.mail = mail;
		this.texts = texts;
	}

	/**
	 * Who is told.
	 *
	 * @param userId the account
	 * @param email its address, or {@code null}
	 */
	record Recipient(long userId, String email) {
	}

	/**
	 * A notification in an inbox, worded in the reader's language.
	 *
	 * @param id the notification
	 * @param kind what it tells of
	 * @param title its title
	 * @param body its text, or {@code null}
	 * @param link where it leads, or {@code null}
	 * @param createdAt when
	 * @param read whether it has been read
	 */
	public record Entry(long id, NotificationKind kind, String title, String body, String link, Instant createdAt,
			boolean read) {
	}

	/**
	 * Writes the notification for each recipient, and its mail where wanted (none while
	 * no SMTP server is configured: mail is skipped, not stored for later).
	 * @param recipients who is told
	 * @param kind what of; its words are {@code NotificationKind.<kind>.title} and
	 * {@code .body} in the message bundles
	 * @param link where it leads, or {@code null}
	 * @param args the words' arguments, in the order the bundles number them
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void notify(List<Recipient> recipients, NotificationKind kind, String link, Object... args) {
		Timestamp now = Timestamp.from(this.clock.instant());
		boolean mailing = this.mail.getIfAvailable() != null;
		String[] arguments = Arrays.stream(args).map((a) -> (a != null) ? a.toString() : null).toArray(String[]::new);
		for (Recipient recipient : recipients) {
			Long id = this.jdbc.queryForObject(
					"insert into notifications (user_id, kind, args, link, created_at) "
							+ "values (?, ?, ?, ?, ?) returning id",
					Long.class, recipient.userId(), kind.name(), arguments, link, now);
			if (mailing && recipient.email() != null && !recipient.email().isBlank()) {
				this.jdbc.update("insert into notification_mails (notification_id, to_address, next_attempt_at) "
						+ "select ?, ?, ? where not exists (select 1 from notification_opt_outs where user_id = ? "
						+ "and kind = ?)", id, recipient.email().strip(), now, recipient.userId(), kind.name());
			}
		}
	}

	/** The leaders' accounts of a cluster. */
	List<Recipient> leadersOf(long clusterId) {
		return this.jdbc.query(
				"select u.id, u.email from app_users u join clusters c on c.leader_unit_id = "
						+ "u.unit_id where c.id = ? and u.role = 'CLUSTER_LEADER' and u.enabled order by u.id",
				(rs, i) -> new Recipient(rs.getLong(1), rs.getString(2)), clusterId);
	}

	/** The accounts of a cluster's member units (officers and the leader). */
	List<Recipient> membersOf(long clusterId) {
		return this.jdbc.query("select u.id, u.email from app_users u join cluster_members m on m.unit_id = "
				+ "u.unit_id where m.cluster_id = ? and u.role in ('UNIT', 'CLUSTER_LEADER') and u.enabled "
				+ "order by u.id", (rs, i) -> new Recipient(rs.getLong(1), rs.getString(2)), clusterId);
	}

	/**
	 * The unit officers' accounts of a cluster's members (who enter self-assessments).
	 */
	List<Recipient> officersOf(long clusterId) {
		return this.jdbc.query(
				"select u.id, u.email from app_users u join cluster_members m on m.unit_id = "
						+ "u.unit_id where m.cluster_id = ? and u.role = 'UNIT' and u.enabled order by u.id",
				(rs, i) -> new Recipient(rs.getLong(1), rs.getString(2)), clusterId);
	}

	/**
	 * The accounts of a unit (its officers and, if it leads a cluster, its leader).
	 */
	List<Recipient> ofUnit(long unitId) {
		return this.jdbc.query(
				"select id, email from app_users where unit_id = ? and role in ('UNIT', "
						+ "'CLUSTER_LEADER') and enabled order by id",
				(rs, i) -> new Recipient(rs.getLong(1), rs.getString(2)), unitId);
	}

	/**
	 * The accounts of a province's units: the cluster leaders and unit officers.
	 */
	List<Recipient> unitsOf(long provinceId) {
		return this.jdbc.query(
				"select id, email from app_users where province_id = ? and role in ('UNIT', "
						+ "'CLUSTER_LEADER') and enabled order by id",
				(rs, i) -> new Recipient(rs.getLong(1), rs.getString(2)), provinceId);
	}

	/** The department's staff of the cluster's province. */
	List<Recipient> staffOf(long clusterId) {
		return this.jdbc.query(
				"select u.id, u.email from app_users u join clusters c on c.province_id = u.province_id "
						+ "where c.id = ? and u.role = 'STAFF' and u.enabled order by u.id",
				(rs, i) -> new Recipient(rs.getLong(1), rs.getString(2)), clusterId);
	}

	public int unreadCount(long userId) {
		return this.jdbc.queryForObject("select count(*) from notifications where user_id = ? and read_at is null",
				Integer.class, userId);
	}

	/** The user's latest 100 notifications, newest first, worded in {@code locale}. */
	public List<Entry> inbox(long userId, Locale locale) {
		return this.jdbc.query("select id, kind, args, title, body, link, created_at, read_at from notifications "
				+ "where user_id = ? order by created_at desc, id desc limit 100", (rs, i) -> {
					NotificationKind kind = NotificationKind.valueOf(rs.getString(2));
					NotificationTexts.Text text = this.texts.of(kind, args(rs.getArray(3)), rs.getString(4),
							rs.getString(5), locale);
					return new Entry(rs.getLong(1), kind, text.title(), text.body(), rs.getString(6),
							rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) != null);
				}, userId);
	}

	static String[] args(Array array) throws SQLException {
		return (array != null) ? (String[]) array.getArray() : null;
	}

	/** Marks one of the user's notifications read; another user's is not found. */
	@Transactional
	public boolean markRead(long userId, long id) {
		return this.jdbc.update("update notifications set read_at = coalesce(read_at, ?) where id = ? and user_id = ?",
				Timestamp.from(this.clock.instant()), id, userId) > 0;
	}

	@Transactional
	public int markAllRead(long userId) {
		return this.jdbc.update("update notifications set read_at = ? where user_id = ? and read_at is null",
				Timestamp.from(this.clock.instant()), userId);
	}

	/** The kinds the user does not want by e-mail. */
	public List<NotificationKind> optOuts(long userId) {
		return this.jdbc.queryForList("select kind from notification_opt_outs where user_id = ?", String.class, userId)
			.stream()
			.map(NotificationKind::valueOf)
			.toList();
	}

	@Transactional
	public void setOptOuts(long userId, List<NotificationKind> kinds) {
		this.jdbc.update("delete from notification_opt_outs where user_id = ?", userId);
		for (NotificationKind kind : kinds) {
			this.jdbc.update("insert into notification_opt_outs (user_id, kind) values (?, ?)", userId, kind.name());
		}
	}

	/** Notifications older than 12 months go (their mails with them). */
	@Scheduled(cron = "${app.notifications.purge-cron:0 30 3 * * *}", zone = "Asia/Ho_Chi_Minh")
	@Transactional
	public int purge() {
		return this.jdbc.update("delete from notifications where created_at < ?",
				Timestamp.from(this.clock.instant().minus(KEPT)));
	}

}
