package vn.thidua.admin;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the administrator sets up 2015 from 2014 (clusters with the leadership
 * rotated, criteria copied and published) and creates a user, who must choose a password
 * at first login.
 */
@BrowserTest
class AdminBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	private final String username = "cb.thu" + (System.currentTimeMillis() % 100000);

	@AfterEach
	void removeTheYear() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("delete from clusters where year = 2015");
		jdbc.update("delete from criteria_sets where year = 2015");
	}

	@Test
	void anAdministratorSetsUpTheNextYearAndAUser() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", "Demo@2014");
			browser.get("/admin");
			browser.screenshot("admin-1-home");
			browser.clickAndWait(By.cssSelector("main a[href='/admin/clusters']"));
			new Select(browser.driver().findElement(By.id("from"))).selectByVisibleText("2014");
			browser.driver().findElement(By.id("to")).clear();
			browser.driver().findElement(By.id("to")).sendKeys("2015");
			assertThat(browser.driver().findElement(By.id("rotate1")).isSelected()).isTrue();
			browser.clickAndWait(By.cssSelector("[data-testid=copy-year] button[type=submit]"));
			assertThat(browser.driver().findElements(By.cssSelector("[data-testid=flash-message]"))).singleElement()
				.satisfies((flash) -> assertThat(flash.getText()).startsWith("Đã tạo 3 cụm"));
			assertThat(browser.text(By.cssSelector("tr[data-cluster='Cụm 1'] [data-testid=leader]")))
				.isEqualTo("Hoàng Mai");
			assertThat(browser.text(By.cssSelector("tr[data-cluster='Cụm 2'] [data-testid=leader]")))
				.isEqualTo("Đô Lương");
			browser.screenshot("admin-2-clusters-2015");

			browser.get("/admin/criteria?year=2014");
			browser.driver().findElement(By.cssSelector("[data-testid=copy-criteria] #to")).clear();
			browser.driver().findElement(By.cssSelector("[data-testid=copy-criteria] #to")).sendKeys("2015");
			browser.clickAndWait(By.cssSelector("[data-testid=copy-criteria] button[type=submit]"));
			assertThat(browser.text(By.cssSelector("[data-testid=set-status]"))).isEqualTo("Bản nháp");
			assertThat(browser.text(By.cssSelector("[data-testid=score-total]"))).contains("100");
			browser.screenshot("admin-3-criteria-draft");
			browser.clickAndConfirm(By.xpath("//button[normalize-space()='Ban hành']"));
			assertThat(browser.text(By.cssSelector("[data-testid=set-status]"))).isEqualTo("Đã ban hành");
			assertThat(browser.driver().findElements(By.xpath("//a[normalize-space()='Sửa']"))).isEmpty();

			browser.get("/admin/users/new");
			browser.driver().findElement(By.id("username")).sendKeys(this.username);
			browser.driver().findElement(By.id("fullName")).sendKeys("Trần Văn Thử");
			new Select(browser.driver().findElement(By.id("role"))).selectByVisibleText("Cán bộ đơn vị");
			new Select(browser.driver().findElement(By.id("unitId"))).selectByVisibleText("Huyện Diễn Châu");
			browser.driver().findElement(By.id("password")).sendKeys("Tam-thoi-2026");
			browser.screenshot("admin-4-new-user");
			browser.clickAndWait(By.cssSelector("form button[type=submit].btn-primary"));
			assertThat(browser.text(By.cssSelector("tr[data-username='" + this.username + "']")))
				.contains("Phải đổi mật khẩu");
			browser.screenshot("admin-4b-users");
			browser.get("/audit");
			assertThat(browser.text(By.cssSelector("[data-testid=audit-events]")))
				.contains("Tạo tài khoản " + this.username, "Ban hành bộ tiêu chí", "Tạo cụm");
			browser.screenshot("admin-4c-audit");
			browser.get("/admin/units");
			browser.screenshot("admin-4d-units");
			browser.get("/admin/clusters?year=2015");
			browser.clickAndWait(By.cssSelector("tr[data-cluster='Cụm 1'] a"));
			browser.screenshot("admin-4e-cluster-form");
			browser.logOut();

			browser.logIn(this.username, "Tam-thoi-2026");
			assertThat(browser.driver().getCurrentUrl()).endsWith("/account/password");
			assertThat(browser.text(By.cssSelector("[data-testid=must-change]"))).contains("quản trị viên đặt");
			browser.driver().findElement(By.id("current")).sendKeys("Tam-thoi-2026");
			browser.driver().findElement(By.id("password")).sendKeys("Lúa chiêm Diễn Châu");
			browser.driver().findElement(By.id("confirmation")).sendKeys("Lúa chiêm Diễn Châu");
			browser.screenshot("admin-5-change-password");
			browser.clickAndWait(By.cssSelector("form[action$='/account/password'] button[type=submit]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).isEqualTo("Đã đổi mật khẩu.");
			browser.screenshot("admin-6-first-dashboard");
		}
	}

}
