package vn.thidua.unit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The administrator imports the province's agencies for a block (khối thi đua) from a
 * catalogue in Chromium: the preview names each of three bad rows and saves nothing; the
 * mended file is checked again and confirmed, and the agencies are in the list.
 */
@BrowserTest
class CatalogueImportBrowserTests {

	static final String HEADER = "Mã,Tên,Loại,Mã tỉnh,Hiệu lực từ\n";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheImport() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("delete from units where level = 'AGENCY'");
	}

	@Test
	void threeBadRowsAreNamedAndNothingIsSavedUntilTheMendedFileIsConfirmed() throws IOException {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long before = jdbc.queryForObject("select count(*) from units", Long.class);
		long audited = jdbc.queryForObject("select count(*) from audit_events where action = 'UNITS_IMPORTED'",
				Long.class);
		Path bad = file("danh-muc-loi.csv", HEADER + """
				SNV,Nội vụ,Sở,40,01/03/2025
				SYT,Y tế,Sở,99,01/03/2025
				SO TAI CHINH,Tài chính,Sở,40,01/03/2025
				17329,Kim Nhan,Thị trấn,40,01/01/2026
				17329,Anh Sơn,Xã,40,01/07/2025
				""");
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", "Demo@2014");
			browser.get("/admin/units");
			browser.clickAndWait(By.linkText("Nhập danh mục"));
			browser.driver().findElement(By.id("units-file")).sendKeys(bad.toString());
			browser.clickAndWait(By.cssSelector("[data-testid=import-check]"));

			assertThat(browser.text(By.cssSelector("[data-testid=import-refused]")))
				.contains("Chưa lưu gì: 3 dòng có lỗi");
			assertThat(browser.text(row(3))).contains("Không có tỉnh mã 99 hiệu lực ngày 01/03/2025");
			assertThat(browser.text(row(4))).contains("Mã SO TAI CHINH không đúng dạng mã đơn vị");
			assertThat(browser.text(row(5))).contains("Mã 17329 đang thuộc đơn vị Anh Sơn");
			assertThat(browser.text(row(2))).contains("Hợp lệ, sẽ thêm");
			assertThat(browser.text(row(6))).contains("Đã có trong danh mục, bỏ qua");
			assertThat(browser.driver().findElements(By.cssSelector("[data-testid=import-confirm]"))).isEmpty();
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			browser.screenshot("units-import-refused");
			assertThat(jdbc.queryForObject("select count(*) from units", Long.class)).isEqualTo(before);

			Path mended = file("danh-muc.csv", HEADER + """
					SNV,Nội vụ,Sở,40,01/03/2025
					SYT,Y tế,Sở,40,01/03/2025
					STC,Tài chính,Sở,40,01/03/2025
					17329,Anh Sơn,Xã,40,01/07/2025
					""");
			browser.driver().findElement(By.id("units-file")).sendKeys(mended.toString());
			browser.clickAndWait(By.cssSelector("[data-testid=import-check]"));
			assertThat(browser.text(By.cssSelector("[data-testid=import-ready]"))).contains("sẽ thêm 3 đơn vị");
			browser.screenshot("units-import-ready");
			assertThat(jdbc.queryForObject("select count(*) from units", Long.class)).isEqualTo(before);

			browser.clickAndWait(By.cssSelector("[data-testid=import-confirm]"));
			assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/units");
			assertThat(browser.text(By.cssSelector("main"))).contains("Đã nhập danh mục: thêm 3 đơn vị")
				.contains("Nội vụ", "Y tế", "Tài chính");
		}
		assertThat(jdbc.queryForList("select code from units where level = 'AGENCY' order by code", String.class))
			.containsExactly("SNV", "STC", "SYT");
		assertThat(jdbc.queryForObject("select count(*) from units", Long.class)).isEqualTo(before + 3);
		assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'UNITS_IMPORTED'", Long.class))
			.isEqualTo(1);
	}

	private static By row(int line) {
		return By.cssSelector("[data-testid=import-units] tr[data-line='" + line + "']");
	}

	private static Path file(String name, String content) throws IOException {
		Path directory = Files.createDirectories(Path.of("target/catalogues").toAbsolutePath());
		return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
	}

}
