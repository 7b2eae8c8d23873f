package vn.thidua.account;

import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.ServerTest;
import vn.thidua.testsupport.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session ends when what its account may do changes: demoted, disabled, reset by an
 * administrator, or a new password chosen in another session. Through the real container,
 * as a browser does.
 */
@ServerTest
class SessionsFollowTheAccountTests {

	static final String PASSWORD = "Lúa chiêm Diễn Châu";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	JdbcTemplate jdbc;

	WebClient admin;

	String username;

	long id;

	@BeforeEach
	void aStaffMemberLoggedIn() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.admin = new WebClient(this.port).logIn("admin", "Demo@2014");
		this.username = "demote" + (System.nanoTime() % 1_000_000_000L);
		HttpResponse<String> created = this.admin.post("/admin/users/new", "/admin/users", Map.of("username",
				this.username, "fullName", "Cán bộ thử phiên", "role", "STAFF", "password", "Tam-thoi-2026"));
		assertThat(created.statusCode()).isEqualTo(302);
		this.id = this.jdbc.queryForObject("select id from app_users where username = ?", Long.class, this.username);
		// the temporary password is changed at once, as the app asks
		WebClient first = new WebClient(this.port);
		HttpResponse<String> login = first.post("/login", "/login",
				Map.of("username", this.username, "password", "Tam-thoi-2026"));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(first
			.post("/account/password", "/account/password",
					Map.of("current", "Tam-thoi-2026", "password", PASSWORD, "confirmation", PASSWORD))
			.statusCode()).isEqualTo(302);
	}

	/**
	 * Two sessions are open in each test: the one that chose the password, and the
	 * test's.
	 */
	@Test
	void aDemotedUsersOpenSessionEndsAtItsNextRequest() throws Exception {
		WebClient staff = new WebClient(this.port).logIn(this.username, PASSWORD);
		assertThat(staff.get("/reports").statusCode()).isEqualTo(200);
		String token = staff.token("/meetings/new");
		long unit = this.jdbc
			.queryForObject("select id from units where level = 'DISTRICT_LEVEL' and name = 'Diễn Châu'", Long.class);

		assertThat(update(Map.of("role", "UNIT", "unitId", Long.toString(unit), "enabled", "true")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> meeting = staff.postRaw("/meetings",
				WebClient.form(Map.of("_csrf", token, "kind", "HOI_NGHI", "title", "Họp của tài khoản đã bị hạ quyền",
						"startDate", "10/05/2014", "endDate", "10/05/2014")));
		assertThat(meeting.statusCode()).isEqualTo(302);
		assertThat(meeting.headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(staff.get("/login").body()).contains("Phiên làm việc đã kết thúc");
		assertThat(this.jdbc.queryForObject("select count(*) from meetings where title = ?", Integer.class,
				"Họp của tài khoản đã bị hạ quyền"))
			.isZero();
		assertThat(staff.get("/reports").headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(sessionsOf(this.username)).isZero();
		assertThat(lastAudit("USER_UPDATED")).contains("vai trò", "kết thúc 2 phiên đăng nhập");
	}

	@Test
	void aDisabledUsersOpenSessionEnds() throws Exception {
		WebClient staff = new WebClient(this.port).logIn(this.username, PASSWORD);
		// the form's checkbox marker without the box: "enabled" unticked
		assertThat(update(Map.of("role", "STAFF", "_enabled", "on")).statusCode()).isEqualTo(302);
		HttpResponse<String> page = staff.get("/reports");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(new WebClient(this.port)
			.post("/login", "/login", Map.of("username", this.username, "password", PASSWORD))
			.headers()
			.firstValue("Location")).contains("/login?error");
	}

	@Test
	void aPasswordResetByTheAdministratorEndsTheOpenSession() throws Exception {
		WebClient staff = new WebClient(this.port).logIn(this.username, PASSWORD);
		assertThat(this.admin
			.post("/admin/users/" + this.id, "/admin/users/" + this.id + "/password",
					Map.of("password", "Dat-lai-2026-x"))
			.statusCode()).isEqualTo(302);
		assertThat(staff.get("/").headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(lastAudit("PASSWORD_RESET")).contains("kết thúc 2 phiên đăng nhập");
	}

	@Test
	void aNewPasswordEndsTheUsersOtherSessionsButNotThisOne() throws Exception {
		WebClient here = new WebClient(this.port).logIn(this.username, PASSWORD);
		WebClient elsewhere = new WebClient(this.port).logIn(this.username, PASSWORD);
		String next = "Sông Lam xanh mãi";
		assertThat(here
			.post("/account/password", "/account/password",
					Map.of("current", PASSWORD, "password", next, "confirmation", next))
			.statusCode()).isEqualTo(302);
		assertThat(here.get("/").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/").headers().firstValue("Location").orElse("")).contains("/login");
		assertThat(sessionsOf(this.username)).isEqualTo(1);
	}

	@Test
	void theLoginPageOfAnAnonymousVisitorStoresNoSession() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
		WebClient visitor = new WebClient(this.port);
		for (int i = 0; i < 20; i++) {
			assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
			assertThat(new WebClient(this.port).get("/login").statusCode()).isEqualTo(200);
		}
		assertThat(visitor.cookie("THIDUA_SESSION")).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Long.class))
			.isLessThanOrEqualTo(before);
	}

	private HttpResponse<String> update(Map<String, String> changes) throws Exception {
		Map<String, String> form = new java.util.HashMap<>(Map.of("fullName", "Cán bộ thử phiên"));
		form.putAll(changes);
		return this.admin.post("/admin/users/" + this.id, "/admin/users/" + this.id, form);
	}

	private int sessionsOf(String username) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				username);
	}

	private String lastAudit(String action) {
		return this.jdbc.queryForObject(
				"select summary from audit_events where action = ? and entity_id = ? order by id desc limit 1",
				String.class, action, this.id);
	}

}
