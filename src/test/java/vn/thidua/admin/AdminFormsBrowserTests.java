package vn.thidua.admin;

import java.util.List;
import java.util.Map;
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

/**
 * Every administration form that can be refused comes back, in Chromium, with every value
 * as entered: text, selects, checkboxes and dates (passwords are never shown again).
 */
@BrowserTest
public class AdminFormsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheDraftCriteriaSet() {
		new JdbcTemplate(this.dataSource).update("delete from criteria_sets where year = 2016");
		new JdbcTemplate(this.dataSource)
			.update("delete from units where level = 'DISTRICT_LEVEL' and name = 'Thành phố Vinh (mới)'");
	}

	@Test
	void userForms() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", "Demo@2014");
			browser.get("/admin/users/new");
			browser.type(By.id("username"), "chuyenvien");
			browser.type(By.id("fullName"), "Nguyễn Thị Thử");
			browser.type(By.id("email"), "thu@nghean.gov.vn");
			browser.choose(By.id("role"), "Cán bộ đơn vị");
			browser.choose(By.id("unitId"), "Huyện Diễn Châu");
			browser.type(By.id("password"), "Tam-thoi-2026");
			refusedAndKept(browser, By.cssSelector("main form"), By.cssSelector("main form button.btn-primary"),
					By.cssSelector("#username ~ .invalid-feedback"), "Tên đăng nhập này đã có người dùng.");

			long id = new JdbcTemplate(this.dataSource)
				.queryForObject("select id from app_users where username = 'huyen.dienchau'", Long.class);
			browser.get("/admin/users/" + id);
			browser.type(By.id("fullName"), "Cán bộ Diễn Châu (sửa)");
			browser.type(By.id("email"), "không-phải-email");
			browser.choose(By.id("role"), "Cụm trưởng");
			browser.choose(By.id("unitId"), "Huyện Quỳnh Lưu");
			browser.tick(By.id("enabled1"), false);
			refusedAndKept(browser, By.cssSelector("main form"), By.cssSelector("main form button.btn-primary"),
					By.cssSelector("#email ~ .invalid-feedback"), "Địa chỉ thư điện tử không hợp lệ.");
		}
	}

	@Test
	void clusterForms() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", "Demo@2014");
			long cluster1 = new JdbcTemplate(this.dataSource)
				.queryForObject("select id from clusters where name = 'Cụm 1' and year = 2014", Long.class);
			browser.get("/admin/clusters/" + cluster1);
			browser.type(By.id("name"), "Cụm 1 – Bắc Nghệ An");
			browser.choose(By.id("deputyId"), "Nghĩa Đàn");
			browser.tick(By.xpath("//label[span[normalize-space()='Vinh']]/preceding-sibling::input"), true);
			browser.tick(By.xpath("//label[span[normalize-space()='Tân Kỳ']]/preceding-sibling::input"), false);
			refusedAndKept(browser, By.cssSelector("main form"), By.cssSelector("main form button.btn-primary"),
					By.cssSelector("[data-testid=members-error]"),
					"Các đơn vị sau đã thuộc cụm khác trong năm: Vinh (Cụm 2).");

			browser.get("/admin/clusters?year=2014");
			browser.choose(By.id("from"), "2014");
			browser.type(By.id("to"), "2014");
			browser.tick(By.id("rotate1"), false);
			refusedAndKept(browser, By.cssSelector("[data-testid=copy-year]"),
					By.cssSelector("[data-testid=copy-year] button[type=submit]"),
					By.cssSelector("#to ~ .invalid-feedback"),
					"Năm 2014 đã có cụm thi đua; hãy sửa từng cụm thay vì sao chép.");
		}
	}

	@Test
	void criteriaAndUnitForms() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", "Demo@2014");
			browser.get("/admin/criteria?year=2014");
			browser.type(By.cssSelector("[data-testid=copy-criteria] #to"), "2014");
			refusedAndKept(browser, By.cssSelector("[data-testid=copy-criteria]"),
					By.cssSelector("[data-testid=copy-criteria] button[type=submit]"),
					By.cssSelector("[data-testid=copy-criteria] #to ~ .invalid-feedback"), null);

			browser.type(By.cssSelector("[data-testid=copy-criteria] #to"), "2016");
			browser.clickAndWait(By.cssSelector("[data-testid=copy-criteria] button[type=submit]"));
			browser.clickAndWait(By.cssSelector("main a[href$='/items/new']"));
			browser.type(By.id("code"), "9.x");
			browser.type(By.id("title"), "Tỷ lệ hồ sơ dịch vụ công trực tuyến");
			browser.choose(By.id("field"), "Viễn thông");
			browser.choose(By.id("kind"), "Điểm thưởng");
			browser.type(By.id("maxPoints"), "2,5");
			refusedAndKept(browser, By.cssSelector("main form"), By.cssSelector("main form button.btn-primary"),
					By.cssSelector("#code ~ .invalid-feedback"),
					"Mã gồm các số cách nhau bởi dấu chấm, ví dụ 6 hoặc 6.3.");

			browser.get("/admin/units");
			browser.type(By.id("code"), "4a2");
			browser.type(By.id("name"), "Thành phố Vinh (mới)");
			browser.choose(By.id("type"), "Thị xã");
			browser.type(By.id("validFrom"), "01/04/2013");
			By add = By.cssSelector("form[data-testid=add-unit]");
			Map<String, List<String>> before = browser.formValues(add);
			browser.clickAndWait(By.cssSelector("form[data-testid=add-unit] button[type=submit]"));
			assertThat(browser.driver().findElements(By.cssSelector("form[data-testid=add-unit] .is-invalid")))
				.isNotEmpty();
			assertThat(browser.formValues(add)).isEqualTo(before);

			long yenThanh = new JdbcTemplate(this.dataSource).queryForObject(
					"select id from units where level = 'DISTRICT_LEVEL' and name = 'Yên Thành'", Long.class);
			// the day a unit ceases is recorded on its page
			browser.get("/admin/units/" + yenThanh);
			browser.type(By.id("validTo-" + yenThanh), "31/12/2013");
			browser.clickAndConfirm(By.cssSelector("form[action$='/" + yenThanh + "/retire'] button[type=submit]"));
			assertThat(browser.driver().findElement(By.id("validTo-" + yenThanh)).getAttribute("value"))
				.isEqualTo("31/12/2013");
			assertThat(browser.text(By.cssSelector("form[action$='/" + yenThanh + "/retire'] .invalid-feedback")))
				.contains("2014");
		}
	}

	@Test
	void aRefusedLoginKeepsTheUserName() {
		try (Browser browser = Browser.open(this.port)) {
			browser.get("/login");
			browser.type(By.name("username"), "chuyenvien");
			browser.type(By.name("password"), "sai-mat-khau");
			browser.clickAndWait(By.cssSelector("form button[type=submit]"));
			assertThat(browser.text(By.cssSelector("[data-testid=login-error]"))).startsWith("Tên đăng nhập hoặc");
			assertThat(browser.driver().findElement(By.name("username")).getAttribute("value")).isEqualTo("chuyenvien");
			assertThat(browser.driver().switchTo().activeElement().getAttribute("name")).isEqualTo("password");
			browser.get("/login");
			assertThat(browser.driver().findElement(By.name("username")).getAttribute("value")).isEmpty();
		}
	}

	/**
	 * Sends the form, expects it refused with {@code message} at {@code error} (any text
	 * when null), and every value as it was before sending.
	 */
	@Test
	void departmentForms() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", "Demo@2014");
			browser.get("/admin/department");
			// a new period on the day the latest began: refused, every value kept
			browser.type(By.id("validFrom"), "01/03/2025");
			browser.type(By.id("name"), "Sở Khoa học, Công nghệ và Đổi mới sáng tạo");
			browser.type(By.id("sector"), "ngành Khoa học, Công nghệ và Đổi mới sáng tạo");
			refusedAndKept(browser, By.cssSelector("form[data-testid=add-period]"),
					By.cssSelector("form[data-testid=add-period] button[type=submit]"),
					By.cssSelector(".date-group:has(#validFrom) + .invalid-feedback"),
					"Thời kỳ mới phải bắt đầu sau ngày 01/03/2025 (ngày bắt đầu của thời kỳ gần nhất).");
			browser.screenshot("department-refused");
			// a period's correction without a name: refused, every value kept
			browser.driver()
				.get(browser.driver().findElement(By.cssSelector("tr.table-primary a")).getAttribute("href"));
			browser.type(By.id("name"), "");
			browser.type(By.id("headTitle"), "Giám đốc Sở");
			refusedAndKept(browser, By.cssSelector("form[data-testid=edit-period]"),
					By.cssSelector("form[data-testid=edit-period] button[type=submit]"),
					By.cssSelector("#name ~ .invalid-feedback"), "Nhập tên đầy đủ của cơ quan.");
			browser.size(390, 900);
			browser.screenshot("department-period-refused-390");
		}
	}

	public static void refusedAndKept(Browser browser, By form, By submit, By error, String message) {
		Map<String, List<String>> before = browser.formValues(form);
		browser.clickAndWait(submit);
		if (message != null) {
			assertThat(browser.text(error)).isEqualTo(message);
		}
		else {
			assertThat(browser.text(error)).isNotBlank();
		}
		assertThat(browser.formValues(form)).isEqualTo(before);
	}

}
