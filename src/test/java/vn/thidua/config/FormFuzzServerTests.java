package vn.thidua.config;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import vn.thidua.testsupport.OwnDatabaseInitializer;
import vn.thidua.testsupport.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of the app, posted with malformed values by each role, answers without a
 * 5xx: the test walks the pages each role reaches (links followed from the dashboard, one
 * page per address pattern), reads every POST form with its fields as the page writes
 * them, and posts each field in turn as a non-number with a NUL and as 10,000 characters,
 * then the whole form with huge list indexes and without its list fields. It runs on a
 * database of its own (what it happens to save changes nothing the other tests read).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
class FormFuzzServerTests {

	static final String LONG = "ư".repeat(10_000);

	static final String NOT_A_NUMBER = "abc\u0000-1e999";

	/** Forms that end the session or would stop the rest of the walk. */
	static final Set<String> LEFT_OUT = Set.of("/logout");

	@LocalServerPort
	int port;

	@Test
	void noFormAnswers5xxWhateverItIsSent() throws Exception {
		List<String> failures = new ArrayList<>();
		int posts = 0;
		int forms = 0;
		for (String account : List.of("cumtruong.quynhluu", "huyen.dienchau", "chuyenvien", "giamdoc", "admin")) {
			WebClient client = new WebClient(this.port).logIn(account, "Demo@2014");
			List<Form> found = walk(client, prepare(client, account));
			// forms that change a password last: they may end this account's walk
			found.sort(java.util.Comparator.comparing((Form f) -> f.action.contains("password")));
			forms: for (Form form : found) {
				forms++;
				System.out.println("fuzz form: " + account + " " + form.action + " " + form.fields.keySet());
				for (Map<String, String> variant : form.variants()) {
					String token = client.tokenIfAny(form.page);
					if (token == null) {
						// a post ended the session (an account changed) or the page is
						// gone
						client = relogIn(account);
						if (client == null) {
							System.out.println("fuzz: a post changed the password of " + account);
							break forms;
						}
						continue;
					}
					posts++;
					int status = post(client, token, form, variant);
					if (status >= 500) {
						String failure = account + " " + form.action + " " + describe(form.fields, variant) + " → "
								+ status;
						System.out.println("fuzz 5xx: " + failure);
						failures.add(failure);
					}
				}
			}
		}
		System.out.printf("fuzz: %d forms, %d posts, %d answered 5xx%n", forms, posts, failures.size());
		assertThat(forms).as("forms found").isGreaterThan(40);
		assertThat(posts).as("posts sent").isGreaterThan(forms * 2);
		assertThat(failures).isEmpty();
	}

	/** The POST forms of every page the account reaches, one page per address pattern. */
	/**
	 * Puts forms that only some states show on the pages (a draft report to edit, an open
	 * closing, draft rules and criteria of a new year) and names those pages first.
	 */
	private List<String> prepare(WebClient client, String account) throws Exception {
		List<String> pages = new ArrayList<>();
		if (account.equals("cumtruong.quynhluu")) {
			HttpResponse<String> created = client.post("/reports/new", "/reports",
					Map.of("year", "2014", "quarter", "4"));
			String report = created.headers().firstValue("Location").orElse("/reports").replaceAll("\\?.*", "");
			pages.addAll(List.of(report + "/edit", report, report + "/import"));
			String closing = "/clusters/2/closing";
			HttpResponse<String> cluster1 = client.get("/clusters?year=2014");
			java.util.regex.Matcher id = java.util.regex.Pattern.compile("href=\"/clusters/(\\d+)\">Cụm 1<")
				.matcher(cluster1.body());
			if (id.find()) {
				closing = "/clusters/" + id.group(1) + "/closing";
			}
			client.post(closing, closing + "/open", Map.of());
			pages.add(closing);
		}
		if (account.equals("chuyenvien")) {
			client.post("/admin/rules?year=2026", "/admin/rules/draft", Map.of("year", "2026"));
			client.post("/admin/criteria", "/admin/criteria/copy", Map.of("from", "2014", "to", "2026"));
			pages.addAll(List.of("/admin/rules?year=2026", "/admin/criteria?year=2026", "/meetings/new"));
		}
		pages.add("/");
		return pages;
	}

	private List<Form> walk(WebClient client, List<String> start) throws Exception {
		Deque<String> queue = new ArrayDeque<>(start);
		Set<String> seen = new HashSet<>();
		Set<String> formsSeen = new HashSet<>();
		List<Form> forms = new ArrayList<>();
		while (!queue.isEmpty() && seen.size() < 120) {
			String path = queue.poll();
			if (!seen.add(pattern(path))) {
				continue;
			}
			HttpResponse<String> page = client.get(path);
			if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").contains("html")) {
				continue;
			}
			Document html = Jsoup.parse(page.body(), "http://localhost:" + this.port + path);
			for (Element link : html.select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//") && !href.matches(".*\\.(docx|xlsx|pdf)(\\?.*)?$")
						&& !href.contains("/download") && !href.contains("/files/") && !href.startsWith("/logout")
						&& !href.contains("#")) {
					queue.add(href);
				}
			}
			for (Element element : html.select("form[method=post]")) {
				Form form = Form.of(element, path);
				if (form != null && !LEFT_OUT.contains(form.action)
						&& formsSeen.add(pattern(form.action) + form.fields.keySet())) {
					forms.add(form);
				}
			}
		}
		return forms;
	}

	private static String pattern(String path) {
		return path.replaceAll("\\d+", "N").replaceAll("\\?.*", "");
	}

	/** A new session, or {@code null} when a post changed the account's password. */
	private WebClient relogIn(String account) throws Exception {
		WebClient client = new WebClient(this.port);
		HttpResponse<String> login = client.post("/login", "/login",
				Map.of("username", account, "password", "Demo@2014"));
		return login.headers().firstValue("Location").orElse("").endsWith("/") ? client : null;
	}

	private int post(WebClient client, String token, Form form, Map<String, String> fields) throws Exception {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + form.action))
			.header("Accept", "text/html");
		if (form.multipart) {
			String boundary = "----fuzz" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (Map.Entry<String, String> field : all.entrySet()) {
				String name = field.getKey().replaceFirst("#\\d+$", "");
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
						+ field.getValue() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			for (String file : form.files) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\""
						+ "x".repeat(300) + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 fuzz\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		}
		else {
			StringBuilder body = new StringBuilder();
			for (Map.Entry<String, String> field : all.entrySet()) {
				if (!body.isEmpty()) {
					body.append('&');
				}
				body.append(
						java.net.URLEncoder.encode(field.getKey().replaceFirst("#\\d+$", ""), StandardCharsets.UTF_8))
					.append('=')
					.append(java.net.URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
			}
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		}
		return client.send(request.build()).statusCode();
	}

	private static String describe(Map<String, String> original, Map<String, String> variant) {
		List<String> changed = new ArrayList<>();
		variant.forEach((name, value) -> {
			if (!value.equals(original.get(name))) {
				changed.add(name + "=" + ((value.length() > 20) ? value.length() + " characters" : value));
			}
		});
		original.keySet().stream().filter((n) -> !variant.containsKey(n)).forEach((n) -> changed.add("-" + n));
		return changed.toString();
	}

	/**
	 * A form as its page writes it.
	 *
	 * @param page the page it is on (its CSRF token is read there)
	 * @param action where it posts
	 * @param fields its fields with their values ("name#n" for a repeated name)
	 * @param files its file fields
	 * @param multipart whether it posts multipart
	 */
	record Form(String page, String action, Map<String, String> fields, List<String> files, boolean multipart) {

		static Form of(Element form, String page) {
			String action = form.attr("action");
			if (action.isEmpty()) {
				action = page;
			}
			if (!action.startsWith("/")) {
				return null;
			}
			Map<String, String> fields = new LinkedHashMap<>();
			List<String> files = new ArrayList<>();
			int n = 0;
			for (Element input : form.select("input[name], select[name], textarea[name]")) {
				String name = input.attr("name");
				if (name.equals("_csrf")) {
					continue;
				}
				String type = input.attr("type");
				String value;
				if (input.tagName().equals("select")) {
					Element selected = input.selectFirst("option[selected]");
					if (selected == null) {
						selected = input.selectFirst("option");
					}
					value = (selected != null) ? selected.attr("value") : "";
				}
				else if (input.tagName().equals("textarea")) {
					value = input.text();
				}
				else if (type.equals("file")) {
					files.add(name);
					continue;
				}
				else if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
					continue;
				}
				else if (type.equals("submit")) {
					continue;
				}
				else {
					value = input.attr("value");
				}
				fields.put(fields.containsKey(name) ? name + "#" + (++n) : name, value);
			}
			if (fields.isEmpty() && files.isEmpty()) {
				// an action of a button alone (approve, delete): nothing to malform
				return null;
			}
			return new Form(page, action, fields, files, "multipart/form-data".equalsIgnoreCase(form.attr("enctype")));
		}

		/**
		 * Each field malformed in turn, then the lists' indexes, then the lists left out.
		 * Of the fields of one shape (the rows of a list, {@code scores[3].points} and
		 * {@code scores[4].points}; a name repeated by checkboxes) the first stands for
		 * the others: they bind through the same code.
		 */
		List<Map<String, String>> variants() {
			List<Map<String, String>> variants = new ArrayList<>();
			Set<String> shapes = new HashSet<>();
			for (String name : this.fields.keySet()) {
				if (!shapes.add(shape(name))) {
					continue;
				}
				for (String bad : List.of(NOT_A_NUMBER, LONG)) {
					Map<String, String> variant = new LinkedHashMap<>(this.fields);
					variant.put(name, bad);
					variants.add(variant);
				}
			}
			if (this.fields.keySet().stream().anyMatch((n) -> n.contains("["))) {
				for (String index : List.of("9999", "300", "-1", "2147483648")) {
					variants.add(renamed((n) -> n.replaceAll("\\[\\d+]", "[" + index + "]")));
				}
				Map<String, String> without = new LinkedHashMap<>(this.fields);
				without.keySet().removeIf((n) -> n.contains("["));
				variants.add(without);
			}
			else {
				// a list field the form does not have
				Map<String, String> extra = new LinkedHashMap<>(this.fields);
				extra.put("votes[9999]", "1");
				extra.put("choices[9999]", "1");
				variants.add(extra);
			}
			return variants;
		}

		static String shape(String name) {
			return name.replaceAll("\\[\\d+]", "[]").replaceFirst("#\\d+$", "");
		}

		private Map<String, String> renamed(UnaryOperator<String> rename) {
			Map<String, String> variant = new LinkedHashMap<>();
			this.fields.forEach((name, value) -> variant.put(rename.apply(name), value));
			return variant;
		}

	}

}
