package vn.thidua.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.report.attachment.FileTypeTests;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing typed on a report page is lost, in Chromium: the leader's editor and a unit's
 * self-assessment come back with every value after each kind of refusal (points, missing
 * narrative, a refused file); evidence is uploaded midway without losing typed points;
 * Enter never submits; the department adjusts a score through the page.
 */
@BrowserTest
class ReportFormsBrowserTests {

	static final By EDITOR = By.id("report-form");

	static final By SELF = By.id("self-form");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheQuarter4DraftOfCluster1() {
		new JdbcTemplate(this.dataSource).update("delete from quarterly_reports where year = 2014 and quarter = 4 "
				+ "and cluster_id = (select id from clusters where name = 'Cụm 1' and year = 2014)");
	}

	@Test
	void aUnitTypesTenScoresUploadsMidwayARefusedFileTooAndKeepsAllTen() throws IOException {
		try (Browser browser = Browser.open(this.port)) {
			long id = newQuarter4Draft(browser);
			browser.logOut();
			browser.logIn("huyen.dienchau", "Demo@2014");
			browser.get("/reports/" + id + "/self-assessment");
			List<WebElement> inputs = browser.driver().findElements(By.cssSelector("#self-form input.points-input"));
			List<String> typed = List.of("3", "2,5", "4", "1", "3,5", "2", "5", "4,5", "0", "1,5");

			// five by keyboard; Enter moves on and never submits the form
			WebElement page = browser.driver().findElement(By.tagName("html"));
			for (int i = 0; i < 5; i++) {
				inputs.get(i).sendKeys(typed.get(i) + Keys.ENTER);
				assertThat(browser.driver().switchTo().activeElement()).isNotEqualTo(inputs.get(i));
			}
			assertThat(page.isEnabled()).as("still the same page after Enter").isTrue();
			assertThat(browser.driver().getCurrentUrl()).endsWith("/self-assessment");

			// a refused file: nothing saved, all five still there, the reason at the
			// field
			browser.driver().findElement(By.id("evidence-file")).sendKeys(file("ghi-chu.pdf", "chỉ là văn bản"));
			Map<String, List<String>> before = browser.formValues(SELF);
			browser.clickAndWait(By.cssSelector("[data-testid=upload]"));
			assertThat(browser.text(By.cssSelector("[data-testid=upload-error]")))
				.isEqualTo("Chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG (kiểm tra theo nội dung tệp).");
			assertThat(browser.formValues(SELF)).isEqualTo(before);
			assertThat(selfPointsSaved(id)).isZero();

			// five more, then an accepted file: the draft is saved with it
			inputs = browser.driver().findElements(By.cssSelector("#self-form input.points-input"));
			for (int i = 5; i < 10; i++) {
				inputs.get(i).sendKeys(typed.get(i));
			}
			browser.driver().findElement(By.id("evidence-file")).sendKeys(pdf("minh-chung.pdf"));
			browser.clickAndWait(By.cssSelector("[data-testid=upload]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]")))
				.isEqualTo("Đã lưu nháp cùng tệp minh chứng.");
			List<String> shown = new ArrayList<>();
			browser.driver()
				.findElements(By.cssSelector("#self-form input.points-input"))
				.stream()
				.limit(10)
				.forEach((input) -> shown.add(input.getAttribute("value")));
			assertThat(shown).isEqualTo(typed);
			assertThat(selfPointsSaved(id)).isEqualTo(10);
			assertThat(browser.text(By.cssSelector(".list-group"))).contains("minh-chung.pdf");
			browser.screenshot("nothing-lost-self-assessment");
		}
	}

	@Test
	void theLeadersEditorComesBackWithEveryValueAfterEachRefusalAndStaffAdjustsAScore() throws IOException {
		try (Browser browser = Browser.open(this.port)) {
			long id = newQuarter4Draft(browser);
			// every points input and note with a value of its own (every unit's tab
			// opened), the narrative written
			browser.openEveryUnit();
			((JavascriptExecutor) browser.driver()).executeScript("""
					var i = 0;
					document.querySelectorAll('#report-form input.points-input').forEach(function (input) {
						input.value = String(i++ % 4) + (i % 3 === 0 ? ',5' : '');
					});
					document.querySelectorAll('#report-form input.note-input').forEach(function (input, n) {
						if (n % 7 === 0) { input.value = 'Ghi chú ' + n; }
					});
					""");
			browser.type(By.id("results"), "Hoàn thành 95% chỉ tiêu.");
			browser.type(By.id("difficulties"), "Thiếu cán bộ CNTT.");
			browser.type(By.id("proposals"), "Tập huấn an toàn thông tin.");
			WebElement first = browser.driver().findElement(By.cssSelector("#report-form input.points-input"));
			first.clear();
			first.sendKeys("99");

			// 1. a points value over the maximum
			Map<String, List<String>> before = browser.formValues(EDITOR);
			browser.clickAndWait(By.xpath("//button[normalize-space()='Lưu nháp']"));
			assertThat(browser.driver().findElements(By.cssSelector("#report-form .is-invalid"))).hasSize(1);
			assertThat(browser.formValues(EDITOR)).isEqualTo(before);

			// 2. submitting without the next quarter's focus: said before the
			// confirmation
			// (the server refuses it too), nothing sent, nothing lost
			first = browser.driver().findElement(By.cssSelector("#report-form input.points-input"));
			first.clear();
			first.sendKeys("5");
			before = browser.formValues(EDITOR);
			browser.driver().findElement(By.cssSelector("[data-testid=submit-report]")).click();
			assertThat(browser.text(By.cssSelector("#nextFocus ~ .invalid-feedback")))
				.isEqualTo("Vui lòng nhập nội dung này.");
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("nextFocus");
			assertThat(browser.formValues(EDITOR)).isEqualTo(before);

			// 3. a refused file with the draft
			browser.driver().findElement(By.id("evidence-file")).sendKeys(file("bang-diem.xlsx", "không phải Excel"));
			browser.clickAndWait(By.cssSelector("[data-testid=upload]"));
			assertThat(browser.driver().findElement(By.cssSelector("[data-testid=upload-error]")).isDisplayed())
				.isTrue();
			assertThat(browser.formValues(EDITOR)).isEqualTo(before);
			browser.screenshot("nothing-lost-editor-refused-file");

			browser.type(By.id("nextFocus"), "Tổng kết năm.");
			browser.clickAndConfirm(By.cssSelector("[data-testid=submit-report]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).isEqualTo("Đã gửi báo cáo cho Sở.");
			browser.logOut();

			// the department adjusts one score: refused without a reason, the choice kept
			browser.logIn("chuyenvien", "Demo@2014");
			browser.get("/reports/" + id);
			By adjust = By.cssSelector("form[action$='/adjust']");
			List<WebElement> options = browser.driver().findElements(By.cssSelector("#adjust-score option"));
			assertThat(options).hasSize(1 + 7 * 21);
			// the second unit's criterion 6.1 (options follow units, then
			// criteria)
			new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("adjust-score")))
				.selectByIndex(1 + 21 + 14);
			assertThat(browser.driver().findElement(By.cssSelector("#adjust-score option:checked")).getText())
				.startsWith("6.1 (");
			browser.type(By.id("adjust-points"), "7,5");
			Map<String, List<String>> adjustBefore = browser.formValues(adjust);
			browser.clickAndWait(By.cssSelector("form[action$='/adjust'] button"));
			assertThat(browser.text(By.cssSelector("#adjust-text ~ .invalid-feedback")))
				.isEqualTo("Vui lòng nhập nội dung này.");
			assertThat(browser.formValues(adjust)).isEqualTo(adjustBefore);
			browser.type(By.id("adjust-text"), "Minh chứng hộp thư công vụ đạt 94%.");
			browser.clickAndWait(By.cssSelector("form[action$='/adjust'] button"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).isEqualTo("Đã điều chỉnh điểm.");
			assertThat(browser.text(By.cssSelector("[data-testid=history]"))).contains("– 6.1", "→ 7,5",
					"Minh chứng hộp thư công vụ đạt 94%.");
			browser.screenshot("nothing-lost-staff-adjusted");
		}
	}

	@Test
	void aRefusedNewReportKeepsItsYearAndQuarter() {
		try (Browser browser = Browser.open(this.port)) {
			newQuarter4Draft(browser);
			browser.get("/reports/new");
			browser.type(By.id("year"), "2014");
			browser.choose(By.id("quarter"), "Quý IV");
			Map<String, List<String>> before = browser.formValues(By.cssSelector("main form"));
			browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
			assertThat(browser.text(By.cssSelector("#quarter ~ .invalid-feedback"))).contains("đã có");
			assertThat(browser.formValues(By.cssSelector("main form"))).isEqualTo(before);
		}
	}

	/** The Quỳnh Lưu leader opens Cụm 1's Q4 2014 report, and stays logged in. */
	private static long newQuarter4Draft(Browser browser) {
		browser.logIn("cumtruong.quynhluu", "Demo@2014");
		browser.get("/reports/new");
		browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
		String url = browser.driver().getCurrentUrl();
		assertThat(url).endsWith("/edit");
		return Long.parseLong(url.replaceAll(".*/reports/(\\d+)/edit$", "$1"));
	}

	private int selfPointsSaved(long id) {
		return new JdbcTemplate(this.dataSource).queryForObject(
				"select count(*) from scores where report_id = ? and self_points is not null", Integer.class, id);
	}

	private static String file(String name, String content) throws IOException {
		Path dir = Files.createDirectories(Path.of("target/upload-files"));
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toAbsolutePath().toString();
	}

	private static String pdf(String name) throws IOException {
		Path dir = Files.createDirectories(Path.of("target/upload-files"));
		return Files.write(dir.resolve(name), FileTypeTests.PDF).toAbsolutePath().toString();
	}

}
