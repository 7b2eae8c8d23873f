package vn.thidua.meeting;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting form comes back with every value after a refusal, in Chromium (selects,
 * participant boxes, task rows, dates), and a leader's new meeting starts in its cluster.
 */
@BrowserTest
class MeetingFormsBrowserTests {

	static final String TITLE = "Họp kiểm thử giữ dữ liệu";

	static final By FORM = By.cssSelector("main form");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheMeetings() {
		new JdbcTemplate(this.dataSource).update("delete from meetings where title like ?", TITLE + "%");
	}

	@Test
	void aRefusedMeetingComesBackWithEveryValueAsEntered() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("chuyenvien", "Demo@2014");
			browser.get("/meetings/new?year=2014");
			browser.type(By.id("title"), TITLE);
			browser.choose(By.id("kind"), "Hội nghị");
			browser.type(By.id("startDate"), "12/05/2014");
			browser.type(By.id("endDate"), "10/05/2014");
			browser.type(By.id("location"), "Hội trường Sở TT&TT");
			browser.choose(By.id("clusterId"), "Cụm 2 (2014)");
			browser.choose(By.id("hostUnitId"), "Vinh");
			browser.type(By.id("chair"), "Giám đốc Sở");
			for (String unit : new String[] { "Vinh", "Cửa Lò", "Nam Đàn", "Yên Thành" }) {
				browser.tick(By.xpath("//label[normalize-space()='" + unit + "']/preceding-sibling::input"), true);
			}
			browser.type(By.id("otherParticipants"), "Đại diện VNPT Nghệ An");
			browser.type(By.id("content"), "Triển khai nhiệm vụ quý 2.");
			browser.type(By.id("conclusions"), "Giao các huyện rà soát trạm BTS.");
			browser.type(By.id("tasks0.title"), "Rà soát trạm BTS");
			browser.choose(By.id("tasks0.unitId"), "Nam Đàn");
			browser.type(By.id("tasks0.dueDate"), "30/06/2014");
			browser.type(By.id("tasks1.title"), "Tổng hợp số liệu");
			browser.type(By.id("tasks1.office"), "Phòng Bưu chính – Viễn thông");
			new Select(browser.driver().findElement(By.id("tasks1.status"))).selectByIndex(1);
			browser.type(By.id("tasks1.dueDate"), "15/07/2014");

			Map<String, List<String>> before = browser.formValues(FORM);
			browser.clickAndWait(By.cssSelector("[data-testid=save-meeting]"));
			assertThat(browser.text(By.cssSelector(".date-group:has(#endDate) + .invalid-feedback")))
				.isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
			assertThat(browser.formValues(FORM)).isEqualTo(before);
			browser.screenshot("nothing-lost-meeting-refused");

			// a date typed wrongly comes back as typed, with a Vietnamese message
			browser.type(By.id("endDate"), "31/02/2014");
			before = browser.formValues(FORM);
			browser.clickAndWait(By.cssSelector("[data-testid=save-meeting]"));
			assertThat(browser.text(By.cssSelector(".date-group:has(#endDate) + .invalid-feedback")))
				.startsWith("Ngày không hợp lệ");
			assertThat(browser.formValues(FORM)).isEqualTo(before);

			browser.type(By.id("endDate"), "12/05/2014");
			browser.clickAndWait(By.cssSelector("[data-testid=save-meeting]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).isNotBlank();
			assertThat(browser.text(By.tagName("main"))).contains("12/05/2014", "Rà soát trạm BTS", "30/06/2014");
		}
	}

	@Test
	void aLeadersNewMeetingStartsInItsClusterAndSavesWithoutChoosingIt() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("cumtruong.quynhluu", "Demo@2014");
			browser.get("/meetings/new");
			List<WebElement> options = browser.driver().findElements(By.cssSelector("#clusterId option"));
			assertThat(options).extracting(WebElement::getText).containsExactly("Cụm 1 (2014)");
			assertThat(options.get(0).isSelected()).isTrue();
			browser.type(By.id("title"), TITLE + " – Cụm 1");
			browser.type(By.id("startDate"), "20/05/2014");
			browser.type(By.id("endDate"), "20/05/2014");
			browser.clickAndWait(By.cssSelector("[data-testid=save-meeting]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).isNotBlank();
			assertThat(browser.text(By.tagName("main"))).contains("Cụm 1");
		}
	}

}
