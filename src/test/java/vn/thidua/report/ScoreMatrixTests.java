package vn.thidua.report;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.criteria.CriteriaTree;
import vn.thidua.unit.Unit;
import vn.thidua.report.domain.Score;
import vn.thidua.report.web.ScoreMatrix;
import vn.thidua.shared.Points;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report page's points table, worked out once per request, shows the sheet's own
 * subtotals and totals (score + bonus − penalty) for every member.
 */
@IntegrationTest
@Transactional
class ScoreMatrixTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	ReportService reports;

	@Autowired
	ReportFixtures fixtures;

	@Autowired
	MessageSource messages;

	@Autowired
	vn.thidua.report.domain.ScoreRepository scores;

	@Autowired
	vn.thidua.report.domain.ScoreRows rows;

	@Test
	void theTableHasTheSheetsSubtotalsAndTotals() {
		long id = this.fixtures.count("select min(id) from quarterly_reports where status = 'APPROVED'");
		ReportSheet sheet = this.reports.sheet(this.fixtures.user("giamdoc"), id);
		ScoreMatrix matrix = ScoreMatrix.of(sheet, this.messages, VI);
		assertThat(matrix.units()).hasSize(sheet.members().size());
		assertThat(matrix.groups()).hasSize(sheet.criteria().groups().size());
		for (int i = 0; i < sheet.members().size(); i++) {
			Unit unit = sheet.members().get(i);
			assertThat(matrix.units().get(i)).isEqualTo(unit.getName());
			assertThat(matrix.totals().get(i)).as(unit.getName())
				.isEqualTo(Points.format(sheet.total(unit.getId()), VI))
				.isNotEqualTo("0");
			for (int g = 0; g < sheet.criteria().groups().size(); g++) {
				CriteriaTree.Group group = sheet.criteria().groups().get(g);
				assertThat(matrix.groups().get(g).subtotals().get(i)).as(unit.getName() + " " + group.group().getCode())
					.isEqualTo(Points.format(sheet.groupTotal(unit.getId(), group), VI));
			}
		}
		assertThat(matrix.groups().get(0).rows().get(0).cells()).hasSize(sheet.members().size());
	}

	@Test
	void thePagesPlainReadOfTheScoresHoldsWhatTheEntitiesHold() {
		long id = this.fixtures.count("select min(id) from quarterly_reports where status = 'APPROVED'");
		QuarterlyReport report = this.fixtures.entityManager.find(QuarterlyReport.class, id);
		java.util.Map<Long, Score> managed = new java.util.HashMap<>();
		this.scores.findByReport(id).forEach((s) -> managed.put(s.getId(), s));
		java.util.List<Score> read = this.rows.of(report);
		assertThat(read).hasSize(managed.size()).isNotEmpty();
		for (Score s : read) {
			Score m = managed.get(s.getId());
			assertThat(s).usingRecursiveComparison()
				.ignoringFields("report")
				.withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
				.isEqualTo(m);
			assertThat(this.fixtures.entityManager.contains(s)).isFalse();
		}
	}

}
