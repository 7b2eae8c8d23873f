package vn.thidua.covenant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.report.attachment.FileTypeTests;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start of the year in Chromium: the Yên Thành leader opens Cụm 2's covenant with its
 * key tasks; Yên Thành and Đô Lương register from their own accounts; the leader records
 * the others as not registering, downloads the Word covenant, uploads the signed PDF; the
 * department's staff approve it. Screenshots in target/screenshots; axe-core finds
 * nothing serious on the covenant page.
 */
@BrowserTest
class CovenantJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	long cluster2;

	@BeforeEach
	void aSecondMemberAccount() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		this.cluster2 = jdbc.queryForObject("select id from clusters where name = 'Cụm 2' and year = 2014", Long.class);
		jdbc.update("""
				insert into app_users (username, password_hash, full_name, role, province_id, unit_id)
				select 'huyen.doluong', u.password_hash, 'Cán bộ huyện Đô Lương (kiểm thử)', 'UNIT', d.province_id, d.id
				from units d, app_users u
				where d.name = 'Đô Lương' and d.level = 'DISTRICT_LEVEL' and u.username = 'huyen.dienchau'
				  and not exists (select 1 from app_users where username = 'huyen.doluong')""");
	}

	@AfterEach
	void undo() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("delete from covenants where cluster_id = ?", this.cluster2);
		jdbc.update("delete from cluster_documents where cluster_id = ? and kind = 'GIAO_UOC'", this.cluster2);
	}

	@Test
	void leaderOpensMembersRegisterLeaderSignsStaffApprove() throws Exception {
		String covenant = "/clusters/" + this.cluster2 + "/covenant";
		Path signed = Files.write(Files.createTempDirectory("giao-uoc").resolve("giao-uoc-da-ky.pdf"),
				FileTypeTests.PDF);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("cumtruong.yenthanh", "Demo@2014");
			browser.get(covenant);
			browser.type(By.id("keyTasks"), "Xây dựng chính quyền điện tử cấp huyện\nPhủ sóng truyền hình các xã");
			browser.clickAndWait(By.cssSelector("[data-testid=open-covenant] button"));
			assertThat(browser.text(By.cssSelector("[data-testid=covenant-status]"))).isEqualTo("Đang đăng ký");
			browser.driver().findElement(By.xpath("//label[. = 'Cờ thi đua']")).click();
			browser.type(By.id("targets"), "100% cán bộ dùng hộp thư công vụ");
			browser.clickAndWait(By.cssSelector("[data-testid=register]"));
			browser.logOut();

			browser.logIn("huyen.doluong", "Demo@2014");
			// the member learns of it twice: a notification, and its to-do list
			browser.get("/notifications");
			assertThat(browser.text(By.cssSelector("[data-testid=inbox]")))
				.contains("Đăng ký giao ước thi đua năm 2014 của Cụm 2");
			assertThat(browser.toDo()).contains("Đăng ký giao ước thi đua\nCụm 2");
			browser.get(covenant);
			browser.driver().findElement(By.xpath("//label[. = 'Bằng khen']")).click();
			browser.type(By.id("targets"), "90% cán bộ dùng hộp thư công vụ");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			browser.screenshot("covenant-1-register");
			browser.clickAndWait(By.cssSelector("[data-testid=register]"));
			assertThat(browser.text(By.cssSelector("[data-member='Đô Lương']"))).contains("Bằng khen");
			assertThat(browser.toDo()).doesNotContain("Đăng ký giao ước thi đua");
			browser.logOut();

			browser.logIn("cumtruong.yenthanh", "Demo@2014");
			browser.get(covenant);
			while (!browser.absent(By.cssSelector("[data-testid=refusal-form]"))) {
				browser.type(By.id("refusal-note"), "Không cử đại diện dự hội nghị ký kết");
				browser.clickAndWait(By.cssSelector("[data-testid=refusal-form] button"));
			}
			assertThat(browser.text(By.cssSelector("[data-testid=registered-count]"))).startsWith("Đã đăng ký: 2 trên");
			// the Word covenant downloads (its name in Vietnamese, by filename*)
			Path word = Browser.DOWNLOADS.resolve("Giao-ước-thi-đua-2014-Cụm-2.docx");
			Files.deleteIfExists(word);
			browser.driver().findElement(By.cssSelector("[data-testid=covenant-docx]")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until((d) -> Files.exists(word));
			browser.type(By.id("number"), "02/GƯ-CTĐ");
			browser.type(By.id("signedOn"), "25/03/2014");
			browser.type(By.id("issuer"), "Các đơn vị thành viên Cụm 2");
			browser.driver().findElement(By.id("covenant-file")).sendKeys(signed.toString());
			browser.screenshot("covenant-2-sign");
			browser.clickAndConfirm(By.cssSelector("[data-testid=sign-covenant]"));
			assertThat(browser.text(By.cssSelector("[data-testid=covenant-status]")))
				.isEqualTo("Đã ký kết, chờ Sở duyệt");
			browser.logOut();

			browser.logIn("chuyenvien", "Demo@2014");
			browser.get("/notifications");
			assertThat(browser.text(By.cssSelector("[data-testid=inbox]")))
				.contains("Giao ước thi đua năm 2014 của Cụm 2 đã ký, chờ Sở duyệt");
			assertThat(browser.toDo(2014)).contains("Duyệt giao ước đã ký\nCụm 2");
			// the department's year shows where the covenant stands, and the step is the
			// staff's
			browser.get("/clusters/" + this.cluster2 + "/year");
			assertThat(browser.text(By.cssSelector("[data-testid=year-stage][data-progress=WAITING]")))
				.contains("Giao ước", "Đã ký kết, chờ Sở duyệt");
			browser.screenshot("covenant-3-year");
			browser.get(covenant);
			browser.clickAndConfirm(By.cssSelector("[data-testid=approve-covenant]"));
			assertThat(browser.text(By.cssSelector("[data-testid=covenant-status]"))).isEqualTo("Sở đã duyệt");
			assertThat(browser.toDo(2014)).doesNotContain("Duyệt giao ước");
			browser.screenshot("covenant-3-approved");
			browser.get("/clusters/" + this.cluster2 + "/documents");
			assertThat(browser.text(By.cssSelector("[data-testid=documents]"))).contains("02/GƯ-CTĐ",
					"giao-uoc-da-ky.pdf");
			browser.screenshot("covenant-4-documents");
			browser.logOut();

			// the approval reaches the cluster's members, the leader among them
			for (String member : new String[] { "cumtruong.yenthanh", "huyen.doluong" }) {
				browser.logIn(member, "Demo@2014");
				browser.get("/notifications");
				assertThat(browser.text(By.cssSelector("[data-testid=inbox]")))
					.contains("Giao ước thi đua năm 2014 của Cụm 2 đã được Sở duyệt");
				browser.logOut();
			}
		}
	}

}
