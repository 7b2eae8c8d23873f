package vn.thidua.rules;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.admin.AdminFormsBrowserTests.refusedAndKept;

/**
 * The rules form in Chromium: staff drafts next year's rules, changes radios, numbers,
 * checkboxes and selects, is refused, and reads every value back as entered; then
 * corrects and saves.
 */
@BrowserTest
class RulesFormBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheDraft() {
		new JdbcTemplate(this.dataSource).update("delete from rule_sets where year = 2016");
	}

	@Test
	void aRefusedDraftComesBackWithEveryValueAsEntered() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("chuyenvien", "Demo@2014");
			browser.get("/admin/rules?year=2016");
			browser.clickAndWait(By.cssSelector("[data-testid=draft]"));
			browser.driver().findElement(By.cssSelector("input[name=periods][value=HALF_YEARS]")).click();
			browser.type(By.id("weights0"), "40");
			browser.type(By.id("weights1"), "50");
			browser.type(By.id("weights2"), "");
			browser.type(By.id("weights3"), "");
			browser.type(By.id("deadlineDay"), "15");
			browser.type(By.id("bands0.lowerBound"), "95");
			browser.type(By.id("bands1.name"), "Hoàn thành tốt");
			browser.tick(By.id("band-used-4"), false);
			browser.type(By.id("bands3.lowerBound"), "0");
			browser.tick(By.id("award-used-2"), true);
			browser.type(By.id("awards2.name"), "Giấy khen của Giám đốc Sở");
			browser.choose(By.id("awards2.minBand"), "Khá");
			browser.type(By.id("awards2.rankFrom"), "1");
			browser.type(By.id("awards2.rankTo"), "5");
			browser.type(By.id("awards2.quotaPercent"), "40");
			browser.type(By.id("awards2.voteThreshold"), "60");
			browser.type(By.id("awards2.quorumNum"), "1");
			browser.type(By.id("awards2.quorumDen"), "2");
			browser.tick(By.cssSelector("input[name=evidenceShared][type=checkbox]"), true);
			refusedAndKept(browser, By.cssSelector("[data-testid=rules-form]"),
					By.cssSelector("[data-testid=save-rules]"), By.cssSelector("#weights0 ~ .invalid-feedback"),
					"Tổng trọng số phải bằng 100 (hiện là 90).");

			browser.screenshot("rules-refused");
			browser.type(By.id("weights1"), "60");
			browser.clickAndWait(By.cssSelector("[data-testid=save-rules]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]")))
				.isEqualTo("Đã lưu dự thảo quy chế.");
			JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
			assertThat(jdbc.queryForObject("select periods from rule_sets where year = 2016", String.class))
				.isEqualTo("HALF_YEARS");
			assertThat(jdbc.queryForList("select code from rule_bands where rule_set_id = (select id from rule_sets "
					+ "where year = 2016) order by position", String.class))
				.containsExactly("XUAT_SAC", "TOT", "KHA", "TRUNG_BINH");
			assertThat(jdbc.queryForObject("select quota_percent from rule_awards where code = 'GIAY_KHEN' and "
					+ "rule_set_id = (select id from rule_sets where year = 2016)", Integer.class))
				.isEqualTo(40);
			assertThat(jdbc.queryForObject(
					"select quorum_num || '/' || quorum_den from rule_awards where code = "
							+ "'GIAY_KHEN' and rule_set_id = (select id from rule_sets where year = 2016)",
					String.class))
				.isEqualTo("1/2");
			assertThat(jdbc.queryForObject("select evidence_shared from rule_sets where year = 2016", Boolean.class))
				.isTrue();
		}
	}

}
