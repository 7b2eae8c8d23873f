package vn.thidua.meeting;

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
 * In Chromium: the Quỳnh Lưu leader records a meeting of Cụm 1 with two follow-up tasks,
 * the Diễn Châu officer marks its task done.
 */
@BrowserTest
class MeetingBrowserTests {

	static final String TITLE = "Giao ban Cụm 1 quý 2/2014 (kiểm thử trình duyệt)";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheMeeting() {
		new JdbcTemplate(this.dataSource).update("delete from meetings where title = ?", TITLE);
	}

	@Test
	void aLeaderRecordsAMeetingWithTwoTasksAndTheUnitMarksOneDone() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("cumtruong.quynhluu", "Demo@2014");
			browser.get("/meetings/new");
			browser.driver().findElement(By.id("title")).sendKeys(TITLE);
			date(browser, "startDate", "15/05/2014");
			date(browser, "endDate", "15/05/2014");
			browser.driver().findElement(By.id("location")).sendKeys("UBND huyện Quỳnh Lưu");
			new Select(browser.driver().findElement(By.id("clusterId"))).selectByVisibleText("Cụm 1 (2014)");
			new Select(browser.driver().findElement(By.id("hostUnitId"))).selectByVisibleText("Quỳnh Lưu");
			for (String unit : new String[] { "Diễn Châu", "Hoàng Mai", "Quỳnh Lưu" }) {
				browser.driver()
					.findElement(By.xpath("//label[normalize-space()='" + unit + "']/preceding-sibling::input"))
					.click();
			}
			browser.driver().findElement(By.id("conclusions")).sendKeys("Rà soát điểm bưu điện – văn hóa xã.");
			browser.driver().findElement(By.id("tasks0.title")).sendKeys("Báo cáo hiện trạng điểm BĐ-VHX");
			new Select(browser.driver().findElement(By.id("tasks0.unitId"))).selectByVisibleText("Diễn Châu");
			date(browser, "tasks0.dueDate", "15/06/2014");
			browser.driver().findElement(By.id("tasks1.title")).sendKeys("Đề xuất nâng cấp đường truyền");
			new Select(browser.driver().findElement(By.id("tasks1.unitId"))).selectByVisibleText("Hoàng Mai");
			date(browser, "tasks1.dueDate", "30/06/2014");
			browser.screenshot("meeting-1-form");
			browser.clickAndWait(By.cssSelector("[data-testid=save-meeting]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).isEqualTo("Đã ghi nhận cuộc họp.");
			assertThat(browser.text(By.cssSelector("[data-testid=meeting-title]"))).isEqualTo(TITLE);
			assertThat(browser.driver().findElements(By.cssSelector("[data-testid=tasks] [data-task]"))).hasSize(2);
			String meeting = browser.driver().getCurrentUrl();
			browser.logOut();

			browser.logIn("huyen.dienchau", "Demo@2014");
			assertThat(browser.text(By.cssSelector("[data-testid=open-tasks]")))
				.contains("Báo cáo hiện trạng điểm BĐ-VHX");
			browser.driver().get(meeting);
			WebElement task = browser.driver()
				.findElement(By.cssSelector("[data-task='Báo cáo hiện trạng điểm BĐ-VHX']"));
			task.findElement(By.name("note")).sendKeys("Đã gửi báo cáo 27 điểm BĐ-VHX");
			browser.clickAndWait(By.cssSelector("[data-task='Báo cáo hiện trạng điểm BĐ-VHX'] button"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]")))
				.isEqualTo("Đã ghi nhận hoàn thành nhiệm vụ.");
			assertThat(browser.text(By.cssSelector("[data-task='Báo cáo hiện trạng điểm BĐ-VHX']")))
				.contains("Đã hoàn thành", "Đã gửi báo cáo 27 điểm BĐ-VHX");
			// the other unit's task offers Diễn Châu nothing to do
			assertThat(
					browser.driver().findElements(By.cssSelector("[data-task='Đề xuất nâng cấp đường truyền'] button")))
				.isEmpty();
			browser.screenshot("meeting-2-task-done");
		}
	}

	/** Types a date as a person does, dd/mm/yyyy, into the text field. */
	private static void date(Browser browser, String id, String date) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(date);
	}

}
