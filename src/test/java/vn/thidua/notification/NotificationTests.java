package vn.thidua.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.MapBindingResult;

import vn.thidua.CumThiDuaApplication;
import vn.thidua.report.ReportReview;
import vn.thidua.shared.CurrentUser;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications end to end with a real SMTP server in the test (GreenMail): returning a
 * report tells its leader in the inbox and by mail with the comment; a rolled-back change
 * tells nobody; an opted-out kind lands in the inbox without mail; with the mail server
 * down the attempt is recorded and a later retry delivers; and the deadline reminder of
 * the 7th day after a quarter ends reaches each leader exactly once while two app
 * instances run it on one database at the same moment.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=" + NotificationTests.SMTP_PORT,
		"app.mail.poll=PT1H" })
class NotificationTests {

	static final int SMTP_PORT = 3925;

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ReportReview review;

	@Autowired
	MailOutbox outbox;

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationTexts texts;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	UserDetailsService users;

	@Autowired
	Environment environment;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	long report;

	@BeforeEach
	void aSubmittedReportOfCluster2() {
		clean();
		this.report = this.jdbc.queryForObject("""
				insert into quarterly_reports (cluster_id, year, quarter, status, submitted_at, created_at, updated_at)
				select id, 2014, 4, 'SUBMITTED', now(), now(), now() from clusters where name = 'Cụm 2' and year = 2014
				returning id""", Long.class);
	}

	@AfterEach
	void clean() {
		this.jdbc.update("delete from quarterly_reports where year = 2014 and quarter = 4 and cluster_id = "
				+ "(select id from clusters where name = 'Cụm 2' and year = 2014)");
		this.jdbc.update("delete from notifications");
		this.jdbc.update("delete from notification_opt_outs");
		this.jdbc.update("delete from reminders_sent");
	}

	@Test
	void returningAReportTellsItsLeaderInTheInboxAndByMail() throws Exception {
		returnReport(false);
		assertThat(inbox("cumtruong.yenthanh", "REPORT_RETURNED")).isEqualTo(1);
		assertThat(this.outbox.sendDue()).isEqualTo(1);
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("yenthanh@demo.thidua.vn");
		assertThat(received[0].getSubject()).isEqualTo("[Cụm thi đua] Báo cáo quý IV/2014 của Cụm 2 bị Sở trả lại");
		assertThat((String) received[0].getContent()).contains("Ý kiến của Sở: Bổ sung minh chứng tiêu chí 6.2",
				"Xem trên phần mềm: http://localhost:8080/reports/" + this.report,
				// signed by today's department of the province, as data
				"phần mềm Quản lý cụm, khối thi đua của Sở Khoa học và Công nghệ tỉnh Nghệ An");
		// sent once: nothing is due any more
		assertThat(this.outbox.sendDue()).isZero();
	}

	@Test
	void aNotificationIsKeptAsItsKindAndArgumentsAndWordedInTheReadersLanguage() {
		returnReport(false);
		long leader = this.jdbc.queryForObject("select id from app_users where username = 'cumtruong.yenthanh'",
				Long.class);
		// no words are stored, only what they are made of
		assertThat(this.jdbc.queryForMap("select title, body, array_to_string(args, '|') as args from notifications "
				+ "where user_id = ? and kind = 'REPORT_RETURNED'", leader))
			.containsEntry("title", null)
			.containsEntry("body", null)
			.containsEntry("args", "quý IV/2014|Cụm 2|Bổ sung minh chứng tiêu chí 6.2");
		Notifications.Entry vi = this.notifications.inbox(leader, Locale.forLanguageTag("vi")).get(0);
		assertThat(vi.title()).isEqualTo("Báo cáo quý IV/2014 của Cụm 2 bị Sở trả lại");
		assertThat(vi.body()).isEqualTo("Ý kiến của Sở: Bổ sung minh chứng tiêu chí 6.2");
		Notifications.Entry en = this.notifications.inbox(leader, Locale.ENGLISH).get(0);
		assertThat(en.title()).isEqualTo("Report for quý IV/2014 of Cụm 2 returned by the department");
		assertThat(en.body()).isEqualTo("The department's comment: Bổ sung minh chứng tiêu chí 6.2");
		// one written with its own words before keeps them
		this.jdbc.update("insert into notifications (user_id, kind, title, body, created_at) values "
				+ "(?, 'REPORT_APPROVED', 'Báo cáo cũ đã duyệt', 'Lời cũ', now() - interval '1 day')", leader);
		assertThat(this.notifications.inbox(leader, Locale.ENGLISH)).extracting(Notifications.Entry::title)
			.containsExactly("Report for quý IV/2014 of Cụm 2 returned by the department", "Báo cáo cũ đã duyệt");
		// a body that needs a missing argument is left out: a task without a due date
		assertThat(this.texts
			.of(NotificationKind.TASK_ASSIGNED, new String[] { "Rà soát số liệu", null }, null, null,
					Locale.forLanguageTag("vi"))
			.body()).isNull();
		assertThat(this.texts.of(NotificationKind.TASK_ASSIGNED, new String[] { "Rà soát số liệu", "30/05/2014" }, null,
				null, Locale.forLanguageTag("vi")))
			.isEqualTo(new NotificationTexts.Text("Nhiệm vụ mới: Rà soát số liệu", "Hạn hoàn thành: 30/05/2014."));
	}

	@Test
	void aRolledBackChangeTellsNobody() {
		returnReport(true);
		assertThat(this.jdbc.queryForObject("select count(*) from notifications", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from notification_mails", Integer.class)).isZero();
		assertThat(this.outbox.sendDue()).isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void anOptedOutKindLandsInTheInboxWithoutMail() {
		this.jdbc
			.update("insert into notification_opt_outs (user_id, kind) select id, 'REPORT_RETURNED' from app_users "
					+ "where username = 'cumtruong.yenthanh'");
		returnReport(false);
		assertThat(inbox("cumtruong.yenthanh", "REPORT_RETURNED")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from notification_mails", Integer.class)).isZero();
		assertThat(this.outbox.sendDue()).isZero();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void withTheMailServerDownTheAttemptIsRecordedAndALaterRetryDelivers() throws Exception {
		greenMail.stop();
		returnReport(false);
		assertThat(this.outbox.sendDue()).isZero();
		assertThat(this.jdbc.queryForMap("select status, attempts, last_error is not null as failed, "
				+ "next_attempt_at > now() as later from notification_mails"))
			.containsEntry("status", "PENDING")
			.containsEntry("attempts", 1)
			.containsEntry("failed", true)
			.containsEntry("later", true);
		assertThat(inbox("cumtruong.yenthanh", "REPORT_RETURNED")).isEqualTo(1);
		greenMail.start();
		// the back-off has passed
		this.jdbc.update("update notification_mails set next_attempt_at = now()");
		assertThat(this.outbox.sendDue()).isEqualTo(1);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
		assertThat(this.jdbc.queryForMap("select status, attempts from notification_mails"))
			.containsEntry("status", "SENT")
			.containsEntry("attempts", 2);
		// each attempt recorded: the failure with its reason, then the delivery
		assertThat(this.jdbc
			.queryForList("select sent, error is not null as reason from notification_mail_attempts " + "order by id"))
			.extracting((a) -> a.get("sent") + "/" + a.get("reason"))
			.containsExactly("false/true", "true/false");
		assertThat(this.outbox.status().lastFailures()).hasSize(1);
	}

	@Test
	void theDeadlineReminderReachesEachLeaderOnceWithTwoInstancesRunning() throws Exception {
		// Cụm 2's fourth quarter is not due for this test: its report goes back to a
		// draft
		this.jdbc.update("update quarterly_reports set status = 'DRAFT', submitted_at = null where id = ?",
				this.report);
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(CumThiDuaApplication.class)
			.properties("spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
					"spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
					"spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
					"server.port=0", "spring.mail.host=127.0.0.1", "spring.mail.port=" + SMTP_PORT,
					"app.mail.poll=PT1H")
			.run()) {
			DeadlineReminders other = second.getBean(DeadlineReminders.class);
			// the 7th day after the fourth quarter ends: 3 days before the deadline of
			// 10/01
			LocalDate day = LocalDate.of(2015, 1, 7);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<Integer>> runs = new ArrayList<>();
			for (DeadlineReminders instance : List.of(this.reminders, other)) {
				runs.add(pool.submit(() -> {
					start.await();
					return instance.remind(day);
				}));
			}
			start.countDown();
			int sent = 0;
			for (Future<Integer> run : runs) {
				sent += run.get();
			}
			pool.shutdown();
			// Cụm 1 and Cụm 2 have not submitted their fourth quarter; Cụm 3 has
			assertThat(sent).isEqualTo(2);
			assertThat(inbox("cumtruong.quynhluu", "DEADLINE_SOON")).isEqualTo(1);
			assertThat(inbox("cumtruong.yenthanh", "DEADLINE_SOON")).isEqualTo(1);
			assertThat(inbox("cumtruong.tuongduong", "DEADLINE_SOON")).isZero();
			// a later run of either instance sends nothing again
			assertThat(other.remind(day) + this.reminders.remind(day)).isZero();
			assertThat(this.outbox.sendDue() + second.getBean(MailOutbox.class).sendDue()).isEqualTo(2);
		}
		List<String> to = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			to.add(message.getAllRecipients()[0].toString());
			assertThat(message.getSubject()).contains("đến hạn ngày 10/01/2015");
		}
		assertThat(to).containsExactlyInAnyOrder("quynhluu@demo.thidua.vn", "yenthanh@demo.thidua.vn");
	}

	@Test
	void aTaskGivenToAUnitTellsItAndAnOverdueOneIsRemindedOnceAWeek() throws Exception {
		long dienChau = this.jdbc
			.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = 'Diễn Châu'", Long.class);
		long cluster1 = this.jdbc.queryForObject("select id from clusters where name = 'Cụm 1' and year = 2014",
				Long.class);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/meetings")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(this.users.loadUserByUsername("chuyenvien")))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("kind", "GIAO_BAN_CUM")
				.param("title", "Giao ban thông báo thử")
				.param("startDate", "10/05/2014")
				.param("endDate", "10/05/2014")
				.param("clusterId", Long.toString(cluster1))
				.param("tasks[0].title", "Báo cáo tiến độ cổng thông tin")
				.param("tasks[0].unitId", Long.toString(dienChau))
				.param("tasks[0].dueDate", "30/05/2014"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		try {
			assertThat(inbox("huyen.dienchau", "TASK_ASSIGNED")).isEqualTo(1);
			// overdue on Monday 2 June 2014: once that week, whoever runs it, again the
			// next
			assertThat(this.reminders.remindOverdueTasks(LocalDate.of(2014, 6, 2))).isEqualTo(1);
			assertThat(this.reminders.remindOverdueTasks(LocalDate.of(2014, 6, 4))).isZero();
			assertThat(this.reminders.remindOverdueTasks(LocalDate.of(2014, 6, 9))).isEqualTo(1);
			assertThat(inbox("huyen.dienchau", "TASK_OVERDUE")).isEqualTo(2);
		}
		finally {
			this.jdbc.update("delete from meetings where title = 'Giao ban thông báo thử'");
		}
	}

	private void returnReport(boolean rollBack) {
		CurrentUser staff = (CurrentUser) this.users.loadUserByUsername("chuyenvien");
		this.transactions.executeWithoutResult((tx) -> {
			int version = this.jdbc.queryForObject("select version from quarterly_reports where id = ?", Integer.class,
					this.report);
			this.review.returnToLeader(staff, this.report, version, "Bổ sung minh chứng tiêu chí 6.2",
					new MapBindingResult(new java.util.HashMap<>(), "comment"));
			if (rollBack) {
				tx.setRollbackOnly();
			}
		});
	}

	private int inbox(String username, String kind) {
		return this.jdbc.queryForObject("select count(*) from notifications n join app_users u on u.id = n.user_id "
				+ "where u.username = ? and n.kind = ?", Integer.class, username, kind);
	}

}
