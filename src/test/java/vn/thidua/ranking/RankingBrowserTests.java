package vn.thidua.ranking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class RankingBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theDirectorSeesTheRankingsInOrderAndDownloadsTheWorkbook() throws Exception {
		Path download = Browser.DOWNLOADS.resolve("Xếp-hạng-thi-đua-năm-2014.xlsx");
		Files.deleteIfExists(download);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("giamdoc", "Demo@2014");
			browser.get("/rankings?year=2014");
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Xếp hạng thi đua năm 2014");
			WebElement cluster3 = browser.driver().findElement(By.cssSelector("[data-cluster='Cụm 3']"));
			List<String> order = cluster3.findElements(By.cssSelector("tbody .unit-name"))
				.stream()
				.map(WebElement::getText)
				.toList();
			List<String> ranks = cluster3.findElements(By.cssSelector("tbody .rank-cell"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(order).startsWith("Tương Dương", "Quế Phong").hasSize(6);
			assertThat(ranks).containsExactly("1", "2", "3", "4", "5", "6");
			assertThat(cluster3.findElements(By.cssSelector(".bar-chart .bar"))).hasSize(6);
			browser.screenshot("rankings-2014");

			browser.driver().findElement(By.cssSelector("[data-testid=export]")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until((d) -> Files.exists(download));
			assertThat(Files.size(download)).isGreaterThan(5_000);
			assertThat(Files.readAllBytes(download)).startsWith('P', 'K');
		}
	}

	@Test
	void onAPhoneEachUnitShowsItsTotalAndClassificationAndTheSwitchShowsTheGroups() {
		try (Browser browser = Browser.open(this.port)) {
			browser.size(390, 844);
			browser.logIn("giamdoc", "Demo@2014");
			browser.get("/rankings?year=2014");
			WebElement first = browser.driver()
				.findElement(By.cssSelector("[data-cluster='Cụm 3'] tbody tr:first-child"));
			long viewport = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
			for (String cell : List.of(".total-cell", ".class-cell", ".name-cell")) {
				WebElement element = first.findElement(By.cssSelector(cell));
				assertThat(element.isDisplayed()).as(cell).isTrue();
				assertThat(element.getRect().getX() + element.getRect().getWidth()).as(cell)
					.isLessThanOrEqualTo((int) viewport);
			}
			assertThat(first.findElement(By.cssSelector(".total-cell")).getText()).endsWith("điểm");
			WebElement subtotal = first.findElement(By.cssSelector("td.col-sub"));
			assertThat(subtotal.isDisplayed()).isFalse();
			browser.driver().findElement(By.cssSelector("label[for=show-groups]")).click();
			assertThat(subtotal.isDisplayed()).isTrue();
			assertThat(browser
				.script("return document.documentElement.scrollWidth <= " + "document.documentElement.clientWidth"))
				.isEqualTo(true);
		}
	}

}
