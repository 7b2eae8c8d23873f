package vn.thidua;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.TestDatabase;
import vn.thidua.testsupport.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input into every form of every page, through the real container: NUL, 10,000
 * characters, right-to-left overrides, huge and odd numbers, impossible dates, in each
 * field of each form a role can reach (and in all fields at once), and in every filter.
 * Not one answer may be a 500 or show an exception. Runs on a database of its own
 * (created on the test server, migrated with the demo data, dropped after): whatever the
 * input manages to save stays out of the other tests' data.
 */
class HostileInputFuzzTests {

	/** One value of each kind the audit used, and a few more. */
	static final List<String> ALL_AT_ONCE = List.of("\u0000", "x".repeat(10_000), "\u202Efdp.exe",
			"99999999999999999999999", "-1", "1e309", "0000-01-01", "31/02/0000", "<script>alert(1)</script>",
			"' or 1=1 --", "\uD800", "١٢٣", " ");

	/** What each field gets on its own (others keep the page's values). */
	static final List<String> ONE_BY_ONE = List.of("a\u0000b\u202Ec", "x".repeat(10_000), "99999999999999999999999");

	static final int FIELDS_PER_FORM = 24;

	static String database;

	static ConfigurableApplicationContext app;

	static int port;

	@BeforeAll
	static void startTheAppOnItsOwnDatabase() throws Exception {
		TestDatabase.Connection server = TestDatabase.get();
		database = "fuzz_" + ProcessHandle.current().pid();
		try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database);
			statement.execute("create database " + database);
		}
		String url = server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
		app = new SpringApplicationBuilder(CumThiDuaApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + url,
					"spring.datasource.username=" + server.username(),
					"spring.datasource.password=" + server.password(), "spring.main.banner-mode=off",
					"logging.level.root=WARN")
			.run();
		port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}

	@AfterAll
	static void dropIt() throws Exception {
		if (app != null) {
			app.close();
		}
		TestDatabase.Connection server = TestDatabase.get();
		try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + database + " with (force)");
		}
	}

	@Test
	void noFieldOfAnyFormAnswersA500() throws Exception {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		Map<String, WebClient> as = new LinkedHashMap<>();
		for (String user : List.of("cumtruong.yenthanh", "huyen.dienchau", "chuyenvien", "giamdoc", "admin")) {
			as.put(user, new WebClient(port).logIn(user, "Demo@2014"));
		}
		// a draft for the leader's editor and the unit's self-assessment (Cụm 1)
		WebClient quynhLuu = new WebClient(port).logIn("cumtruong.quynhluu", "Demo@2014");
		quynhLuu.post("/reports/new", "/reports", Map.of("year", "2014", "quarter", "4"));
		String draft = String.valueOf(jdbc.queryForObject(
				"select r.id from quarterly_reports r join clusters c on "
						+ "c.id = r.cluster_id where c.name = 'Cụm 1' and r.year = 2014 and r.quarter = 4",
				Long.class));
		String submitted = String.valueOf(jdbc.queryForObject("select min(r.id) from quarterly_reports r join "
				+ "clusters c on c.id = r.cluster_id where c.name = 'Cụm 2' and r.year = 2014", Long.class));
		jdbc.update("update quarterly_reports set status = 'SUBMITTED', approved_at = null, approved_by = null "
				+ "where id = ?", Long.parseLong(submitted));
		String approved = String.valueOf(jdbc.queryForObject("select min(r.id) from quarterly_reports r join "
				+ "clusters c on c.id = r.cluster_id where c.name = 'Cụm 3' and r.year = 2014", Long.class));
		String meeting = String.valueOf(jdbc.queryForObject("select min(id) from meetings", Long.class));
		String cluster = String.valueOf(jdbc.queryForObject("select min(id) from clusters", Long.class));
		String dienChau = String
			.valueOf(jdbc.queryForObject("select id from app_users where username = 'huyen.dienchau'", Long.class));
		jdbc.update("update criteria_sets set status = 'DRAFT', published_at = null where year = 2014");
		String set = String.valueOf(jdbc.queryForObject("select id from criteria_sets where year = 2014", Long.class));
		String criterion = String.valueOf(jdbc.queryForObject("select max(id) from criteria", Long.class));

		Map<String, List<String>> pages = new LinkedHashMap<>();
		pages.put("cumtruong.quynhluu", List.of("/reports/" + draft + "/edit", "/reports/new", "/meetings/new"));
		pages.put("huyen.dienchau", List.of("/reports/" + draft + "/self-assessment", "/meetings/" + meeting));
		pages.put("chuyenvien", List.of("/reports/" + submitted, "/meetings/new", "/meetings/" + meeting + "/edit",
				"/meetings", "/reports", "/clusters", "/criteria"));
		pages.put("giamdoc", List.of("/rankings?year=2014", "/reports/" + approved, "/audit", "/account/password"));
		pages.put("admin",
				List.of("/admin/clusters", "/admin/clusters/new?year=2014", "/admin/clusters/" + cluster,
						"/admin/criteria?year=2014", "/admin/criteria/" + set + "/items/new",
						"/admin/criteria/items/" + criterion, "/admin/units", "/admin/users/new",
						"/admin/users/" + dienChau, "/admin/department",
						"/admin/department/" + jdbc.queryForObject("select min(id) from departments", Long.class),
						"/admin/units/" + jdbc.queryForObject("select min(id) from units", Long.class)));
		as.put("cumtruong.quynhluu", quynhLuu);

		int requests = 0;
		int forms = 0;
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : pages.entrySet()) {
			WebClient client = as.get(entry.getKey());
			for (String page : entry.getValue()) {
				String html = client.get(page).body();
				for (Form original : Form.all(html)) {
					if (original.action.endsWith("/logout")) {
						continue;
					}
					forms++;
					Form form = original;
					List<Map<String, List<String>>> attempts = new ArrayList<>();
					List<String> labels = new ArrayList<>();
					for (String payload : ALL_AT_ONCE) {
						Map<String, List<String>> values = new LinkedHashMap<>();
						form.fields.forEach(
								(name, value) -> values.put(name, name.equals("_csrf") ? value : List.of(payload)));
						attempts.add(values);
						labels.add("all=" + describe(payload));
					}
					int tried = 0;
					for (String field : form.fields.keySet()) {
						if (field.equals("_csrf") || tried++ >= FIELDS_PER_FORM) {
							continue;
						}
						for (String payload : ONE_BY_ONE) {
							Map<String, List<String>> values = new LinkedHashMap<>(form.fields);
							values.put(field, List.of(payload));
							attempts.add(values);
							labels.add(field + "=" + describe(payload));
						}
					}
					for (int i = 0; i < attempts.size(); i++) {
						Map<String, List<String>> values = attempts.get(i);
						if (form != original) {
							// the form after a save: its new version, the attempt's own
							// values
							Map<String, List<String>> fresh = new LinkedHashMap<>(values);
							if (form.fields.containsKey("version")
									&& values.get("version").equals(original.fields.get("version"))) {
								fresh.put("version", form.fields.get("version"));
							}
							values = fresh;
						}
						requests++;
						int status = check(client, form, values, entry.getKey() + " " + page + " " + labels.get(i),
								failures);
						if (status / 100 == 3 && !form.get) {
							Form saved = form;
							form = Form.all(client.get(page).body())
								.stream()
								.filter((f) -> f.action.equals(saved.action))
								.findFirst()
								.orElse(saved);
						}
					}
				}
			}
		}
		// the login form last: it throttles this address after a few wrong logins
		Form login = Form.all(new WebClient(port).get("/login").body()).get(0);
		for (String payload : ALL_AT_ONCE) {
			WebClient anonymous = new WebClient(port);
			Form fresh = Form.all(anonymous.get("/login").body()).get(0);
			Map<String, List<String>> values = new LinkedHashMap<>(fresh.fields);
			values.put("username", List.of(payload));
			values.put("password", List.of(payload));
			requests++;
			check(anonymous, login, values, "login " + describe(payload), failures);
		}
		System.out.printf("hostile input: %d forms, %d requests, %d answers of 500 (or a 409 hiding one)%n", forms,
				requests, failures.size());
		assertThat(forms).isGreaterThan(25);
		assertThat(failures).as("answers of 500, 409 without a version change, or exception text").isEmpty();
	}

	private static int check(WebClient client, Form form, Map<String, List<String>> values, String what,
			List<String> failures) throws Exception {
		HttpResponse<String> response;
		if (form.get) {
			String query = body(values);
			response = client.get(form.action + (form.action.contains("?") ? "&" : "?") + query);
		}
		else if (form.multipart) {
			String boundary = "----fuzz" + System.nanoTime();
			StringBuilder body = new StringBuilder();
			values.forEach((name,
					list) -> list.forEach((value) -> body.append("--")
						.append(boundary)
						.append("\r\nContent-Disposition: form-data; name=\"")
						.append(name)
						.append("\"\r\n\r\n")
						.append(value)
						.append("\r\n")));
			body.append("--").append(boundary).append("--\r\n");
			response = client.send(HttpRequest.newBuilder(client.uri(form.action))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
				.build());
		}
		else {
			response = client.postRaw(form.action, body(values));
		}
		// a 409 ("the data just changed") is right only for a form whose version was
		// changed; anywhere else it hides an input the database refused
		boolean versionChanged = form.fields.containsKey("version")
				&& !values.get("version").equals(form.fields.get("version"));
		if (response.statusCode() >= 500 || (response.statusCode() == 409 && !versionChanged)
				|| response.body().contains("Exception") || response.body().contains("at vn.thidua")) {
			failures.add(what + " → " + response.statusCode());
		}
		return response.statusCode();
	}

	private static String body(Map<String, List<String>> values) {
		StringJoiner body = new StringJoiner("&");
		values.forEach((name, list) -> list.forEach((value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8)
				+ "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return body.toString();
	}

	private static String describe(String payload) {
		String shown = (payload.length() > 24) ? payload.substring(0, 24) + "…(" + payload.length() + ")" : payload;
		return shown.replace("\u0000", "\\0").replace("\u202E", "\\u202E").replace("\uD800", "\\uD800");
	}

	/** A form of a page: where it goes, how, and its fields with the values shown. */
	record Form(String action, boolean get, boolean multipart, Map<String, List<String>> fields) {

		static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

		static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");

		static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

		static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

		static List<Form> all(String html) {
			List<Form> forms = new ArrayList<>();
			Matcher form = FORM.matcher(html);
			while (form.find()) {
				String head = form.group(1);
				String action = attribute(head, "action");
				if (action == null) {
					continue;
				}
				Map<String, List<String>> fields = new TreeMap<>();
				collect(form.group(2), fields);
				String id = attribute(head, "id");
				if (id != null) {
					// fields outside the form, tied to it by form="id"
					Matcher outside = Pattern.compile("<input\\b[^>]*form=\"" + Pattern.quote(id) + "\"[^>]*>")
						.matcher(html);
					while (outside.find()) {
						collect(outside.group(), fields);
					}
				}
				forms.add(new Form(action.replace("&amp;", "&"), "get".equalsIgnoreCase(attribute(head, "method")),
						head.contains("multipart/form-data"), fields));
			}
			return forms;
		}

		private static void collect(String html, Map<String, List<String>> fields) {
			Matcher input = INPUT.matcher(html);
			while (input.find()) {
				String attributes = input.group(1);
				String name = attribute(attributes, "name");
				String type = attribute(attributes, "type");
				if (name == null || "submit".equals(type) || "file".equals(type) || "button".equals(type)) {
					continue;
				}
				List<String> values = fields.computeIfAbsent(name, (k) -> new ArrayList<>());
				if (("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked")) {
					continue;
				}
				String value = attribute(attributes, "value");
				values.add((value != null) ? value : "");
			}
			Matcher select = SELECT.matcher(html);
			while (select.find()) {
				String name = attribute(select.group(1), "name");
				if (name != null) {
					Matcher selected = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected")
						.matcher(select.group(2));
					fields.computeIfAbsent(name, (k) -> new ArrayList<>())
						.add(selected.find() ? selected.group(1) : "");
				}
			}
			Matcher textarea = TEXTAREA.matcher(html);
			while (textarea.find()) {
				String name = attribute(textarea.group(1), "name");
				if (name != null) {
					fields.computeIfAbsent(name, (k) -> new ArrayList<>()).add(textarea.group(2));
				}
			}
		}

		private static String attribute(String tag, String name) {
			Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
			return value.find() ? value.group(1).replace("&amp;", "&") : null;
		}

	}

}
