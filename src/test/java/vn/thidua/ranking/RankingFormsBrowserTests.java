package vn.thidua.ranking;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The director's award override survives a refusal and reaches the snapshot and the Excel
 * export, in Chromium.
 */
@BrowserTest
class RankingFormsBrowserTests {

	static final By FINALIZE = By.id("finalize-form");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	java.sql.Timestamp cluster3ClosedAt;

	@org.junit.jupiter.api.BeforeEach
	void beforeCluster3sConference() {
		// the director's override is what the page proposes until the conference is over
		// (then its vote is)
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		this.cluster3ClosedAt = jdbc.queryForObject("select closed_at from cluster_closings where cluster_id = "
				+ "(select id from clusters where name = 'Cụm 3' and year = 2014)", java.sql.Timestamp.class);
		jdbc.update("update cluster_closings set status = 'DRAFT', closed_at = null where cluster_id = "
				+ "(select id from clusters where name = 'Cụm 3' and year = 2014)");
	}

	@AfterEach
	void removeTheDecisionAndPutDienChauBack() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		jdbc.update("update cluster_closings set status = 'CLOSED', closed_at = ? where cluster_id = "
				+ "(select id from clusters where name = 'Cụm 3' and year = 2014)", this.cluster3ClosedAt);
		jdbc.update("delete from ranking_decisions where year = 2014");
		jdbc.update(
				"update app_users set unit_id = (select id from units where level = 'DISTRICT_LEVEL' and name = 'Diễn Châu') "
						+ "where username = 'huyen.dienchau'");
	}

	@Test
	void aUserMovedToACluster3UnitSeesCluster3AtOnce() {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("huyen.dienchau", "Demo@2014");
			browser.get("/rankings?year=2014");
			assertThat(clusters(browser)).containsExactly("Cụm 1");
			browser.logOut();

			browser.logIn("admin", "Demo@2014");
			long id = new JdbcTemplate(this.dataSource)
				.queryForObject("select id from app_users where username = 'huyen.dienchau'", Long.class);
			browser.get("/admin/users/" + id);
			browser.choose(By.id("unitId"), "Huyện Tương Dương");
			browser.clickAndWait(By.cssSelector("main form button.btn-primary"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]"))).isNotBlank();
			browser.logOut();

			browser.logIn("huyen.dienchau", "Demo@2014");
			browser.get("/rankings?year=2014");
			assertThat(clusters(browser)).containsExactly("Cụm 3");
			browser.screenshot("nothing-lost-moved-user-rankings");
		}
	}

	private static List<String> clusters(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector("[data-cluster]"))
			.stream()
			.map((e) -> e.getAttribute("data-cluster"))
			.toList();
	}

	@Test
	void theDirectorsOverrideIsKeptWhenRefusedAndFinalizedWithItsReason() throws Exception {
		Path download = Browser.DOWNLOADS.resolve("Xếp-hạng-thi-đua-năm-2014.xlsx");
		Files.deleteIfExists(download);
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("giamdoc", "Demo@2014");
			browser.get("/rankings?year=2014");
			By fourth = By.cssSelector("[data-cluster='Cụm 3'] tbody tr:nth-child(4)");
			WebElement row = browser.driver().findElement(fourth);
			String unit = row.findElement(By.cssSelector(".unit-name")).getText();
			By award = By.cssSelector("[data-cluster='Cụm 3'] tbody tr:nth-child(4) select");
			assertThat(browser.driver().findElement(award).findElement(By.cssSelector("option:checked")).getText())
				.isEqualTo("Không đề nghị");
			browser.choose(award, "Bằng khen");

			Map<String, List<String>> before = browser.formValues(FINALIZE);
			browser.clickAndConfirm(By.cssSelector("[data-testid=finalize]"));
			assertThat(browser.text(By.cssSelector("[data-testid=finalize-errors]"))).contains("cần ghi lý do");
			assertThat(browser.formValues(FINALIZE)).isEqualTo(before);
			assertThat(browser.driver().findElement(award).findElement(By.cssSelector("option:checked")).getText())
				.isEqualTo("Bằng khen");
			browser.screenshot("nothing-lost-ranking-override-refused");

			browser.type(By.cssSelector("[data-cluster='Cụm 3'] tbody tr:nth-child(4) input[type=text]"),
					"Mô hình một cửa điện tử được tỉnh biểu dương.");
			browser.clickAndConfirm(By.cssSelector("[data-testid=finalize]"));
			assertThat(browser.text(By.cssSelector("[data-testid=flash-message]")))
				.isEqualTo("Đã chốt kết quả xếp hạng.");
			assertThat(browser.text(fourth)).contains("Bằng khen",
					"Giám đốc điều chỉnh: Mô hình một cửa điện tử được tỉnh biểu dương.");
			assertThat(new JdbcTemplate(this.dataSource).queryForObject("""
					select r.proposed_award from ranking_decision_rows r join units d on d.id = r.unit_id
					join ranking_decisions k on k.id = r.decision_id where k.year = 2014 and d.name = ?""",
					String.class, unit))
				.isEqualTo("BANG_KHEN");

			browser.driver().findElement(By.cssSelector("[data-testid=export]")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until((d) -> Files.exists(download));
			assertThat(rowOf(download, unit)).contains("Bằng khen");
		}
	}

	/** The cells of the summary sheet's row of a unit, as text. */
	private static List<String> rowOf(Path workbook, String unit) throws Exception {
		DataFormatter format = new DataFormatter();
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Row row : book.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach((Cell cell) -> cells.add(format.formatCellValue(cell)));
				if (cells.contains(unit)) {
					return cells;
				}
			}
		}
		return List.of();
	}

}
