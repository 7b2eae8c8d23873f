package vn.thidua.meeting;

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
 * Dates read dd/mm/yyyy whatever the browser's language: in an English Chromium a meeting
 * typed on 10/05/2014 is the 10th of May, shown back as 10/05/2014; the calendar speaks
 * Vietnamese on Vietnamese pages. No date field is the browser's own date input.
 */
@BrowserTest
class DatesInEveryBrowserTests {

	static final String TITLE = "Họp kiểm thử ngày tháng";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTheMeeting() {
		new JdbcTemplate(this.dataSource).update("delete from meetings where title = ?", TITLE);
	}

	@Test
	void anEnglishBrowserTypesAndReadsDatesDayFirst() {
		try (Browser browser = Browser.open(this.port, "en-US")) {
			browser.logIn("chuyenvien", "Demo@2014");
			browser.get("/meetings/new");
			assertThat(browser.driver().findElements(By.cssSelector("input[type=date]"))).isEmpty();
			browser.type(By.id("title"), TITLE);
			browser.choose(By.id("kind"), "Hội nghị");
			browser.type(By.id("startDate"), "10/05/2014");
			browser.type(By.id("endDate"), "10/05/2014");
			// the calendar opens on the typed month, in Vietnamese
			browser.driver().findElement(By.cssSelector("#startDate ~ .date-button")).click();
			assertThat(browser.text(By.cssSelector(".flatpickr-calendar.open .flatpickr-current-month")))
				.containsIgnoringCase("Tháng năm");
			browser.driver().findElement(By.tagName("h1")).click();
			browser.clickAndWait(By.cssSelector("[data-testid=save-meeting]"));
			assertThat(new JdbcTemplate(this.dataSource)
				.queryForObject("select start_date::text from meetings where title = ?", String.class, TITLE))
				.isEqualTo("2014-05-10");
			assertThat(browser.text(By.tagName("main"))).contains("10/05/2014").doesNotContain("2014-05-10");
			browser.screenshot("dates-english-browser");
		}
	}

	@Test
	void aRefusedDateKeepsItsTextAndWidthWithTheMessageBelowAndTheCalendarOnItsYear() {
		try (Browser browser = Browser.open(this.port, "en-US")) {
			browser.logIn("chuyenvien", "Demo@2014");
			browser.get("/meetings/new");
			browser.type(By.id("title"), TITLE);
			browser.choose(By.id("kind"), "Hội nghị");
			browser.type(By.id("startDate"), "31/02/2014");
			browser.type(By.id("endDate"), "01/03/2014");
			org.openqa.selenium.WebElement before = browser.driver().findElement(By.id("startDate"));
			int width = before.getRect().getWidth();
			browser.clickAndWait(By.cssSelector("[data-testid=save-meeting]"));
			org.openqa.selenium.WebElement field = browser.driver().findElement(By.id("startDate"));
			// the typed text is back, the field as wide as before, the message under it
			assertThat(field.getAttribute("value")).isEqualTo("31/02/2014");
			assertThat(field.getAttribute("class")).contains("is-invalid");
			assertThat(field.getRect().getWidth()).isEqualTo(width);
			org.openqa.selenium.WebElement message = browser.driver()
				.findElement(By.xpath("//input[@id='startDate']/ancestor::div[contains(@class,'date-group')]"
						+ "/following-sibling::div[contains(@class,'invalid-feedback')]"));
			assertThat(message.isDisplayed()).isTrue();
			assertThat(message.getText()).isNotBlank();
			assertThat(message.getRect().getY())
				.isGreaterThanOrEqualTo(field.getRect().getY() + field.getRect().getHeight());
			browser.screenshot("dates-refused");
			// the calendar opens on the typed year, with a month list and a year list
			browser.driver().findElement(By.cssSelector("#startDate ~ .date-button")).click();
			org.openqa.selenium.support.ui.Select year = new org.openqa.selenium.support.ui.Select(
					browser.driver().findElement(By.cssSelector(".flatpickr-calendar.open select.date-year")));
			assertThat(year.getFirstSelectedOption().getText()).isEqualTo("2014");
			assertThat(browser.driver()
				.findElements(By.cssSelector(".flatpickr-calendar.open select.flatpickr-monthDropdown-months")))
				.hasSizeGreaterThanOrEqualTo(2);
			// another year is one choice away, and a picked day lands in the field
			year.selectByVisibleText("2013");
			browser.driver()
				.findElement(By.cssSelector(
						".flatpickr-calendar.open .flatpickr-day[aria-label*='2013']:not(.prevMonthDay):not(.nextMonthDay)"))
				.click();
			assertThat(browser.driver().findElement(By.id("startDate")).getAttribute("value")).endsWith("/2013");
			assertThat(browser.seriousAccessibilityViolations()).isEmpty();
			browser.screenshot("dates-calendar-year");
		}
	}

}
