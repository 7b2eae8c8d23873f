package vn.thidua;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.thidua.shared.Role;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may call each route of the app: every mapped route has a row here (a new route
 * without one fails {@link #everyRouteOfTheAppIsInTheMatrix}), and each row is tried as
 * anonymous and as each role. "Allowed" means the request gets past authorization (any
 * answer but 403 or the login page: a 404 for another cluster's object or a form error is
 * the controller's business); "denied" means 403, or the login page for anonymous. Runs
 * in a transaction: the POSTs change nothing that stays.
 */
@IntegrationTest
@Transactional
class RouteAuthorizationMatrixTests {

	private static final Set<Role> ALL = EnumSet.allOf(Role.class);

	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	private static final Set<Role> DEPARTMENT_WRITERS = EnumSet.of(Role.STAFF, Role.ADMIN);

	/** {@code null}: public, anonymous included. */
	private static final Map<String, Set<Role>> MATRIX = new LinkedHashMap<>();

	static {
		allow(null, "GET /login", "GET /error", "POST /error");
		allow(ALL, "GET /", "GET /account/password", "POST /account/password", "GET /clusters", "GET /clusters/{id}",
				"GET /criteria", "GET /meetings", "GET /meetings/{id}", "GET /meetings/{id}/minutes.docx",
				"GET /rankings", "GET /rankings/export.xlsx", "GET /reports", "GET /reports/{id}",
				"GET /reports/{id}/export.docx", "GET /reports/{id}/attachments/{attachmentId}");
		allow(EnumSet.of(Role.STAFF, Role.ADMIN, Role.CLUSTER_LEADER), "GET /meetings/new", "POST /meetings",
				"GET /meetings/{id}/edit", "POST /meetings/{id}/edit");
		// the responsible unit marks its task done; so may those who edit the meeting
		allow(EnumSet.of(Role.UNIT, Role.CLUSTER_LEADER, Role.STAFF, Role.ADMIN),
				"POST /meetings/{id}/tasks/{taskId}/done");
		allow(EnumSet.of(Role.DIRECTOR), "POST /rankings/finalize", "POST /rankings/reopen",
				"POST /reports/{id}/reopen");
		allow(EnumSet.of(Role.CLUSTER_LEADER), "GET /reports/new", "POST /reports", "GET /reports/{id}/edit",
				"GET /reports/{id}/edit/panel/{unit}", "POST /reports/{id}/edit", "POST /reports/{id}/submit");
		// an Excel import: the leader into its draft, the department's staff into any
		// draft
		allow(EnumSet.of(Role.CLUSTER_LEADER, Role.STAFF, Role.ADMIN), "GET /reports/{id}/import",
				"GET /reports/{id}/import/template.xlsx", "POST /reports/{id}/import",
				"POST /reports/{id}/import/{pendingId}");
		allow(EnumSet.of(Role.UNIT), "GET /reports/{id}/self-assessment", "POST /reports/{id}/self-assessment");
		allow(DEPARTMENT_WRITERS, "POST /reports/{id}/approve", "POST /reports/{id}/return",
				"POST /reports/{id}/adjust");
		allow(EnumSet.of(Role.ADMIN, Role.DIRECTOR), "GET /audit");
		// a cluster's closing: the members and the department read it, its leader runs it
		allow(ALL, "GET /clusters/{id}/closing", "GET /clusters/{id}/closing/minutes.docx",
				"GET /clusters/{id}/closing/proposal.docx", "GET /clusters/{id}/closing/scans/{kind}");
		allow(EnumSet.of(Role.CLUSTER_LEADER), "POST /clusters/{id}/closing", "POST /clusters/{id}/closing/open",
				"POST /clusters/{id}/closing/candidates", "POST /clusters/{id}/closing/close",
				"POST /clusters/{id}/closing/acknowledge", "POST /clusters/{id}/closing/voting",
				"POST /clusters/{id}/closing/scans");
		// a cluster's documents and covenant: members and the department read them, the
		// leader manages them, each member registers for itself, the staff review
		// the year made visible: every role sees the year of the clusters it may see
		allow(ALL, "GET /year", "GET /clusters/{id}/year", "GET /guide");
		allow(ALL, "GET /clusters/{id}/documents", "GET /clusters/{id}/documents/{documentId}/file",
				"GET /clusters/{id}/covenant", "GET /clusters/{id}/covenant.docx");
		allow(EnumSet.of(Role.CLUSTER_LEADER), "POST /clusters/{id}/documents", "POST /clusters/{id}/covenant/open",
				"POST /clusters/{id}/covenant/refusals", "POST /clusters/{id}/covenant/sign");
		allow(EnumSet.of(Role.CLUSTER_LEADER, Role.UNIT), "POST /clusters/{id}/covenant/registration");
		allow(EnumSet.of(Role.STAFF, Role.ADMIN), "POST /clusters/{id}/covenant/approve",
				"POST /clusters/{id}/covenant/return");
		// the inbox and its e-mail choices are everyone's own; the mail status the
		// admin's
		allow(ALL, "GET /notifications", "POST /notifications/{id}/read", "POST /notifications/read-all",
				"GET /account/notifications", "POST /account/notifications");
		allow(ADMIN, "GET /admin/mail");
		// the members' secret ballot (another cluster's member gets 404 from the
		// controller)
		allow(EnumSet.of(Role.CLUSTER_LEADER, Role.UNIT), "POST /clusters/{id}/closing/ballot");
		// the department reopens a closing; reviews the proposals; the director decides
		allow(EnumSet.of(Role.STAFF, Role.DIRECTOR), "POST /clusters/{id}/closing/reopen", "POST /awards");
		allow(EnumSet.of(Role.DIRECTOR), "POST /awards/reopen");
		allow(EnumSet.of(Role.ADMIN, Role.STAFF, Role.DIRECTOR), "GET /awards", "GET /awards/{year}.xlsx",
				"GET /awards/{year}.docx");
		// a unit's record across the years and its predecessors: the department's
		allow(EnumSet.of(Role.ADMIN, Role.STAFF, Role.DIRECTOR), "GET /units/{id}/record",
				"GET /units/{id}/record.xlsx");
		// the rules of a year: the department edits them, the director reads them
		allow(EnumSet.of(Role.ADMIN, Role.STAFF, Role.DIRECTOR), "GET /admin/rules");
		allow(DEPARTMENT_WRITERS, "POST /admin/rules/draft", "POST /admin/rules/{id}", "POST /admin/rules/{id}/publish",
				"POST /admin/rules/exclusions", "POST /admin/rules/exclusions/{id}/delete");
		allow(ADMIN, "GET /admin", "GET /admin/users", "GET /admin/users/new", "POST /admin/users",
				"GET /admin/users/{id}", "POST /admin/users/{id}", "POST /admin/users/{id}/password",
				"GET /admin/clusters", "POST /admin/clusters/copy", "GET /admin/clusters/copy/plan",
				"POST /admin/clusters/copy/plan", "POST /admin/clusters/copy/plan/add",
				"POST /admin/clusters/copy/plan/confirm", "GET /admin/clusters/new", "POST /admin/clusters/new",
				"GET /admin/clusters/{id}", "POST /admin/clusters/{id}", "GET /admin/criteria",
				"POST /admin/criteria/copy", "POST /admin/criteria/{setId}/publish",
				"GET /admin/criteria/{setId}/items/new", "POST /admin/criteria/{setId}/items",
				"GET /admin/criteria/items/{id}", "POST /admin/criteria/items/{id}",
				"POST /admin/criteria/items/{id}/delete", "GET /admin/units", "POST /admin/units",
				"GET /admin/units/{id}", "POST /admin/units/{id}/retire", "GET /admin/units/import",
				"POST /admin/units/import", "POST /admin/units/import/{pendingId}", "GET /admin/department",
				"POST /admin/department", "GET /admin/department/{id}", "POST /admin/department/{id}");
	}

	private static final Map<Role, String> USERS = Map.of(Role.ADMIN, "admin", Role.DIRECTOR, "giamdoc", Role.STAFF,
			"chuyenvien", Role.CLUSTER_LEADER, "cumtruong.yenthanh", Role.UNIT, "huyen.dienchau");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private static void allow(Set<Role> roles, String... routes) {
		for (String route : routes) {
			assertThat(MATRIX.put(route, roles)).as("twice in the matrix: %s", route).isNull();
		}
	}

	@Test
	void everyRouteOfTheAppIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST)
						: methods) {
					mapped.add(method + " " + pattern);
				}
			}
		}
		assertThat(mapped).as("routes of the app (left) against the matrix")
			.containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
	}

	@Test
	void eachRoleReachesExactlyTheRoutesOfItsRow() throws Exception {
		Map<String, String> ids = ids();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Set<Role>> row : MATRIX.entrySet()) {
			String method = row.getKey().substring(0, row.getKey().indexOf(' '));
			String path = path(row.getKey().substring(method.length() + 1), ids);
			MvcResult anonymous = this.mvc.perform(request(method, path)).andReturn();
			boolean anonymousAllowed = !toLogin(anonymous) && anonymous.getResponse().getStatus() != 403;
			if (anonymousAllowed != (row.getValue() == null)) {
				wrong.add(row.getKey() + " anonymous: " + describe(anonymous));
			}
			for (Role role : Role.values()) {
				MvcResult result = this.mvc
					.perform(request(method, path).with(user(this.users.loadUserByUsername(USERS.get(role)))))
					.andReturn();
				boolean allowed = result.getResponse().getStatus() != 403 && !toLogin(result);
				boolean expected = row.getValue() == null || row.getValue().contains(role);
				if (allowed != expected) {
					wrong.add(row.getKey() + " " + role + ": " + describe(result) + ", expected "
							+ (expected ? "allowed" : "denied"));
				}
			}
		}
		assertThat(wrong).as("routes answering against the matrix").isEmpty();
	}

	private static MockHttpServletRequestBuilder request(String method, String path) {
		return "POST".equals(method) ? post(path).with(csrf()) : get(path);
	}

	private static boolean toLogin(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return location != null && location.endsWith("/login");
	}

	private static String describe(MvcResult result) {
		return result.getResponse().getStatus() + ((result.getResponse().getRedirectedUrl() != null)
				? " → " + result.getResponse().getRedirectedUrl() : "");
	}

	/** Real ids of the demo data, so that allowed requests reach their controllers. */
	private Map<String, String> ids() {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("/reports/", one("select min(r.id) from quarterly_reports r join clusters c on c.id = r.cluster_id "
				+ "join units d on d.id = c.leader_unit_id where d.name = 'Yên Thành'"));
		// a meeting of the leader's cluster with a task of the unit officer's
		// unit
		String meeting = one("insert into meetings (province_id, cluster_id, kind, title, start_date, end_date) "
				+ "select c.province_id, c.id, 'GIAO_BAN_CUM', 'Giao ban thử', date '2014-06-01', date '2014-06-01' "
				+ "from clusters c join units d on d.id = c.leader_unit_id "
				+ "where d.name = 'Yên Thành' and c.year = 2014 returning id");
		ids.put("/meetings/", meeting);
		ids.put("/clusters/", one("select min(id) from clusters"));
		ids.put("/notifications/", one("insert into notifications (user_id, kind, title, created_at) select id, "
				+ "'REPORT_APPROVED', 'Thử', now() from app_users where username = 'huyen.dienchau' returning id"));
		ids.put("/admin/clusters/", one("select min(id) from clusters"));
		ids.put("/admin/users/", one("select id from app_users where username = 'huyen.dienchau'"));
		ids.put("/admin/criteria/items/", one("select min(id) from criteria"));
		ids.put("/admin/criteria/", one("select min(id) from criteria_sets"));
		ids.put("/admin/units/", one("select min(id) from units"));
		ids.put("/units/", one("select id from units where level = 'DISTRICT_LEVEL' and name = 'Diễn Châu'"));
		ids.put("/admin/department/", one("select min(id) from departments"));
		ids.put("/admin/rules/exclusions/",
				one("insert into year_exclusions (province_id, year, unit_id, kind, note) select province_id, "
						+ "2014, id, 'CHUA_XET', 'Thử' from units where level = 'DISTRICT_LEVEL' and name = 'Vinh' returning id"));
		ids.put("/admin/rules/", one("select min(id) from rule_sets"));
		ids.put("{unit}", one("select id from units where level = 'DISTRICT_LEVEL' and name = 'Yên Thành'"));
		ids.put("{taskId}",
				one("insert into follow_up_tasks (meeting_id, title, responsible_unit_id) " + "select " + meeting
						+ ", 'Báo cáo thử', d.id from units d join app_users u on u.unit_id = d.id "
						+ "where u.username = 'huyen.dienchau' returning id"));
		return ids;
	}

	private String one(String sql) {
		return String.valueOf(this.jdbc.queryForObject(sql, Long.class));
	}

	private static String path(String pattern, Map<String, String> ids) {
		String path = pattern.replace("{taskId}", ids.get("{taskId}"))
			.replace("{unit}", ids.get("{unit}"))
			.replace("{attachmentId}", "1")
			.replace("{pendingId}", "1")
			.replace("{kind}", "MINUTES")
			.replace("{documentId}", "1")
			.replace("{year}", "2014");
		for (Map.Entry<String, String> id : ids.entrySet()) {
			if (path.startsWith(id.getKey())) {
				return path.replace("{id}", id.getValue()).replace("{setId}", id.getValue());
			}
		}
		return path;
	}

}
