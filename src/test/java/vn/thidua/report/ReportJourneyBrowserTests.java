package vn.thidua.report;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole quarterly journey in Chromium: the Yên Thành leader writes and submits Q4
 * 2014, the department returns it, the leader resubmits, the department approves.
 * Screenshots in target/screenshots.
 */
@BrowserTest
class ReportJourneyBrowserTests {

	static final By STATUS = By.cssSelector("h1 ~ [data-testid=report-status]");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeQuarter4() {
		// only the report this journey writes: Cụm 2's; the demo's Q4 of Cụm 3 stays
		new JdbcTemplate(this.dataSource).update("delete from quarterly_reports where year = 2014 and quarter = 4 "
				+ "and cluster_id = (select id from clusters where name = 'Cụm 2' and year = 2014)");
	}

	@org.junit.jupiter.api.BeforeEach
	void aMemberAccountOfCluster2() {
		new JdbcTemplate(this.dataSource).update("""
				insert into app_users (username, password_hash, full_name, role, province_id, unit_id)
				select 'huyen.doluong', u.password_hash, 'Cán bộ huyện Đô Lương (kiểm thử)', 'UNIT', d.province_id, d.id
				from units d, app_users u
				where d.name = 'Đô Lương' and d.level = 'DISTRICT_LEVEL' and u.username = 'huyen.dienchau'
				  and not exists (select 1 from app_users where username = 'huyen.doluong')""");
	}

	@Test
	void leaderSubmitsStaffReturnsLeaderResubmitsStaffApproves() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("cumtruong.yenthanh", "Demo@2014");
			// what waits for each person, step by step: first the leader's report to
			// create
			assertThat(browser.toDo()).contains("Lập báo cáo Quý IV\nCụm 2");
			browser.get("/reports/new");
			assertThat(browser.driver().findElement(By.id("year")).getAttribute("value")).isEqualTo("2014");
			browser.screenshot("report-1-new");
			browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Soạn báo cáo quý IV/2014 – Cụm 2");
			String editor = browser.driver().getCurrentUrl();
			assertThat(browser.toDo()).doesNotContain("Lập báo cáo Quý IV")
				.contains("Tổng hợp và gửi báo cáo Quý IV\nCụm 2");
			browser.logOut();

			// a member is invited to self-assess, and its step goes once it has entered
			// points
			browser.logIn("huyen.doluong", "Demo@2014");
			browser.get("/notifications");
			assertThat(browser.text(By.cssSelector("[data-testid=inbox]")))
				.contains("Báo cáo quý IV/2014 của Cụm 2: mời đơn vị tự chấm điểm");
			assertThat(browser.toDo()).contains("Tự chấm điểm Quý IV\nCụm 2 · Đô Lương");
			browser.driver().get(editor.replace("/edit", "/self-assessment"));
			// (the points the leader gives it below: no reason needed for a difference)
			List<WebElement> own = browser.driver().findElements(By.cssSelector("input.points-input"));
			own.get(own.size() - 1).clear();
			own.get(own.size() - 1).sendKeys("3");
			browser.clickAndWait(By.cssSelector("[data-testid=save-self]"));
			assertThat(browser.toDo()).doesNotContain("Tự chấm điểm Quý IV");
			browser.logOut();

			browser.logIn("cumtruong.yenthanh", "Demo@2014");
			browser.driver().get(editor);

			// fill every input (every unit's tab opened), then type one by hand: the
			// totals follow as you type
			browser.openEveryUnit();
			((JavascriptExecutor) browser.driver()).executeScript(
					"document.querySelectorAll('input.points-input').forEach(function (i) { i.value = '3'; });");
			WebElement first = browser.driver().findElements(By.cssSelector("input.points-input")).get(0);
			first.clear();
			first.sendKeys("2,5");
			String unit = first.getAttribute("data-unit");
			// 18 scored criteria and 1 bonus at 3, one at 2,5, two penalties at 3
			assertThat(browser.text(By.cssSelector("[data-total='" + unit + "']"))).isEqualTo("50,5");
			browser.driver().findElement(By.id("results")).sendKeys("Hoàn thành các chỉ tiêu quý 4.");
			browser.driver().findElement(By.id("nextFocus")).sendKeys("Tổng kết năm 2014.");
			browser.screenshot("report-2-editor");
			browser.clickAndConfirm(By.cssSelector("[data-testid=submit-report]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).isEqualTo("Đã gửi báo cáo cho Sở.");
			assertThat(browser.text(STATUS)).isEqualTo("Đã gửi");
			String detail = browser.driver().getCurrentUrl();
			browser.screenshot("report-3-submitted");
			assertThat(browser.toDo()).doesNotContain("Tổng hợp và gửi báo cáo Quý IV");
			browser.logOut();

			browser.logIn("chuyenvien", "Demo@2014");
			assertThat(browser.toDo(2014)).contains("Duyệt báo cáo Quý IV\nCụm 2");
			browser.driver().get(detail);
			browser.driver().findElement(By.id("return-text")).sendKeys("Bổ sung minh chứng tiêu chí 6.2.");
			browser.clickAndWait(By.cssSelector("[data-testid=return]"));
			assertThat(browser.text(STATUS)).isEqualTo("Bị trả lại");
			browser.screenshot("report-4-returned");
			assertThat(browser.toDo(2014)).doesNotContain("Duyệt báo cáo Quý IV\nCụm 2");
			browser.logOut();

			browser.logIn("cumtruong.yenthanh", "Demo@2014");
			browser.get("/notifications");
			assertThat(browser.text(By.cssSelector("[data-testid=inbox]")))
				.contains("Báo cáo quý IV/2014 của Cụm 2 bị Sở trả lại", "Bổ sung minh chứng tiêu chí 6.2.");
			assertThat(browser.toDo()).contains("Sửa báo cáo Quý IV bị trả lại\nCụm 2");
			assertThat(browser.text(By.cssSelector("[data-testid=awaiting]"))).contains("Quý IV/2014");
			browser.driver().get(detail + "/edit");
			assertThat(browser.driver().getPageSource()).contains("Bổ sung minh chứng tiêu chí 6.2.");
			browser.clickAndConfirm(By.cssSelector("[data-testid=submit-report]"));
			assertThat(browser.text(STATUS)).isEqualTo("Đã gửi");
			browser.logOut();

			browser.logIn("chuyenvien", "Demo@2014");
			browser.driver().get(detail);
			browser.clickAndConfirm(By.cssSelector("[data-testid=approve]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).isEqualTo("Đã duyệt báo cáo.");
			assertThat(browser.text(STATUS)).isEqualTo("Đã duyệt");
			// the history shows the leader's changes (the latest first: which cell is
			// first depends on the save's order, not asserted)
			assertThat(browser.text(By.cssSelector("[data-testid=history]")))
				.contains("Cụm trưởng Trưởng phòng VH-TT huyện Yên Thành")
				.containsPattern(" – \\d\\.\\d — → 3");
			browser.screenshot("report-5-approved");
			assertThat(browser.toDo(2014)).doesNotContain("Duyệt báo cáo Quý IV\nCụm 2");
			browser.logOut();

			browser.logIn("cumtruong.yenthanh", "Demo@2014");
			assertThat(browser.toDo()).doesNotContain("Quý IV");
			browser.get("/notifications");
			assertThat(browser.text(By.cssSelector("[data-testid=inbox]")))
				.contains("Báo cáo quý IV/2014 của Cụm 2 đã được Sở duyệt");
		}
	}

}
