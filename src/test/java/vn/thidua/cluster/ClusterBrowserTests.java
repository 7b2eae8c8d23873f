package vn.thidua.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ClusterBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theDirectorSeesThe2014ClustersAndTheirLeaders() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("giamdoc", "Demo@2014");
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("Xin chào");
			browser.screenshot("dashboard-giamdoc");

			browser.get("/clusters?year=2014");
			assertThat(browser.driver().getTitle()).startsWith("Cụm thi đua năm 2014");
			List<String> leaders = browser.driver()
				.findElements(By.cssSelector(".cluster-leader"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(leaders).containsExactly("Quỳnh Lưu", "Yên Thành", "Tương Dương");
			assertThat(browser.driver().findElements(By.cssSelector(".cluster-member"))).hasSize(21);
			Path screenshot = browser.screenshot("clusters-2014");
			assertThat(Files.size(screenshot)).isGreaterThan(10_000);

			browser.clickAndWait(By.linkText("Cụm 2"));
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Cụm 2 – năm 2014");
			browser.screenshot("cluster-2-detail");

			browser.get("/criteria?year=2014");
			assertThat(browser.driver().findElement(By.cssSelector("[data-testid=score-total]")).getText())
				.isEqualTo("100");
			browser.screenshot("criteria-2014");
		}
	}

}
