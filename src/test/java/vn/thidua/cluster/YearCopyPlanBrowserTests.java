package vn.thidua.cluster;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.admin.AdminFormsBrowserTests.refusedAndKept;

/**
 * The plan of a year copied across the reform, in Chromium at a phone's width: reached
 * from the copy form, accessible, Enter in a name does not confirm it, a refusal gives
 * back every name, choice and move as made, and the corrected plan is created whole.
 */
@BrowserTest
class YearCopyPlanBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheCopies() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("delete from cluster_members where year in (2025, 2027)");
		jdbc.update("delete from clusters where year in (2025, 2027)");
	}

	@Test
	void thePlanIsEditedRefusedKeptAndConfirmed() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", "Demo@2014");
			copy(browser, "2014", "2025");
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).contains("Đã tạo");
			copy(browser, "2025", "2027");
			assertThat(browser.text(By.cssSelector("h1")))
				.isEqualTo("Đề xuất cụm thi đua năm 2027 từ các cụm năm 2025");
			browser.size(390, 844);
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling at 390 px")
				.isTrue();
			browser.screenshot("cluster-copy-plan-390");

			// Enter in a name moves on instead of confirming
			browser.type(By.id("clusters0.name"), "Cụm xã phía Bắc");
			browser.driver().findElement(By.id("clusters0.name")).sendKeys(Keys.ENTER);
			assertThat(browser.driver().getCurrentUrl()).contains("/admin/clusters/copy/plan");
			assertThat(new JdbcTemplate(this.dataSource)
				.queryForObject("select count(*) from clusters where year = 2027", Long.class)).isZero();

			browser.choose(By.id("clusters1.deputyId"), "Không có cụm phó");
			browser.choose(By.id("units0.cluster"), "Không đưa vào cụm nào");
			browser.type(By.id("clusters2.name"), "");
			refusedAndKept(browser, By.cssSelector("[data-testid=copy-plan]"),
					By.cssSelector("[data-testid=confirm-plan]"),
					By.cssSelector("#clusters2\\.name ~ .invalid-feedback"),
					"Vui lòng nhập tên cụm (tối đa 100 ký tự).");
			browser.size(1366, 900);
			browser.screenshot("cluster-copy-plan-refused");

			browser.type(By.id("clusters2.name"), "Cụm 3");
			browser.clickAndWait(By.cssSelector("[data-testid=confirm-plan]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).contains("Đã tạo");
			JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
			assertThat(jdbc.queryForObject(
					"select count(*) from clusters where year = 2027 and name = 'Cụm xã phía Bắc'", Long.class))
				.isOne();
			assertThat(jdbc.queryForObject("select count(*) from clusters where year = 2027 and name = 'Cụm 2' "
					+ "and deputy_unit_id is null", Long.class))
				.isOne();
		}
	}

	private static void copy(Browser browser, String from, String to) {
		browser.get("/admin/clusters?year=" + from);
		browser.choose(By.id("from"), from);
		browser.type(By.id("to"), to);
		browser.clickAndWait(By.cssSelector("[data-testid=copy-year] button[type=submit]"));
	}

}
