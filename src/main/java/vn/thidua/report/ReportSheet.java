package vn.thidua.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.i18n.LocaleContextHolder;

import vn.thidua.cluster.Cluster;
import vn.thidua.criteria.CriteriaTree;
import vn.thidua.criteria.Criterion;
import vn.thidua.unit.Unit;
import vn.thidua.report.domain.Score;
import vn.thidua.shared.Points;

/**
 * A report with everything its pages show: the member units (columns), the criteria tree
 * (rows), the scores and the totals. Built from a fixed number of queries.
 *
 * @param report the report
 * @param cluster its cluster with members
 * @param members member units, leader first
 * @param criteria the criteria set of the report's year
 * @param scores scores by {@link #key(long, long)}
 * @param deadline the submission deadline
 * @param period the period's name by the year's rules ("Quý IV/2014", "6 tháng đầu năm
 * 2015")
 * @param periodInSentence the same inside a sentence ("quý IV/2014")
 */
public record ReportSheet(QuarterlyReport report, Cluster cluster, List<Unit> members, CriteriaTree criteria,
		Map<String, Score> scores, LocalDate deadline, String period, String periodInSentence) {

	/**
	 * The form and map key of a unit's score on a criterion.
	 */
	public static String key(long unitId, long criterionId) {
		return unitId + "_" + criterionId;
	}

	/** The criterion of that id in this report's criteria, or {@code null}. */
	public Criterion criterion(long criterionId) {
		return this.criteria.groups()
			.stream()
			.flatMap((g) -> g.criteria().stream())
			.filter((c) -> c.getId() == criterionId)
			.findFirst()
			.orElse(null);
	}

	/**
	 * "Diễn Châu – 6.1": which unit and criterion a score is, for histories.
	 */
	public String label(long unitId, long criterionId) {
		String unit = this.members.stream()
			.filter((d) -> d.getId() == unitId)
			.map(Unit::getName)
			.findFirst()
			.orElse("?");
		String criterion = this.criteria.groups()
			.stream()
			.flatMap((g) -> g.criteria().stream())
			.filter((c) -> c.getId() == criterionId)
			.map(Criterion::getCode)
			.findFirst()
			.orElse("?");
		return unit + " – " + criterion;
	}

	/**
	 * One score the department may adjust, as its select offers it.
	 *
	 * @param scoreId the score's id, the value the adjust form sends
	 * @param label "6.1 (7/8)": the criterion, the points that count now and the maximum
	 */
	public record ScoreChoice(long scoreId, String label) {
	}

	/**
	 * The scores of one unit, an option group of the adjust select.
	 *
	 * @param unit the unit's name
	 * @param choices its scores in criteria order
	 */
	public record ScoreChoices(String unit, List<ScoreChoice> choices) {
	}

	/**
	 * Every score of the report, by unit (leader first) and criterion: exactly the scores
	 * that the department's adjustment accepts for this report.
	 */
	public List<ScoreChoices> adjustableScores() {
		List<ScoreChoices> groups = new java.util.ArrayList<>();
		for (Unit unit : this.members) {
			List<ScoreChoice> choices = new java.util.ArrayList<>();
			for (CriteriaTree.Group group : this.criteria.groups()) {
				for (Criterion criterion : group.criteria()) {
					Score score = score(unit.getId(), criterion.getId());
					if (score != null) {
						choices.add(new ScoreChoice(score.getId(),
								criterion.getCode() + " ("
										+ ((score.getEffectivePoints() != null) ? Points
											.format(score.getEffectivePoints(), LocaleContextHolder.getLocale()) : "—")
										+ "/" + Points.format(criterion.getMaxPoints(), LocaleContextHolder.getLocale())
										+ ")"));
					}
				}
			}
			groups.add(new ScoreChoices(unit.getName(), choices));
		}
		return groups;
	}

	public Score score(long unitId, long criterionId) {
		return this.scores.get(key(unitId, criterionId));
	}

	/**
	 * A group's subtotal for a unit, of the points that count now.
	 */
	public BigDecimal groupTotal(long unitId, CriteriaTree.Group group) {
		return sum(unitId, group.criteria(), Score::getEffectivePoints);
	}

	/**
	 * A group's subtotal for a unit, of its self-assessment.
	 */
	public BigDecimal selfGroupTotal(long unitId, CriteriaTree.Group group) {
		return sum(unitId, group.criteria(), Score::getSelfPoints);
	}

	/**
	 * A unit's quarter total: score + bonus − penalty, of the points that count now.
	 */
	public BigDecimal total(long unitId) {
		return total(unitId, Score::getEffectivePoints);
	}

	/**
	 * The same total from the units' self-assessment.
	 */
	public BigDecimal selfTotal(long unitId) {
		return total(unitId, Score::getSelfPoints);
	}

	private BigDecimal total(long unitId, Function<Score, BigDecimal> points) {
		BigDecimal total = BigDecimal.ZERO;
		for (CriteriaTree.Group group : this.criteria.groups()) {
			BigDecimal subtotal = sum(unitId, group.criteria(), points);
			total = total.add(group.group().getKind().counted(subtotal));
		}
		return total;
	}

	private BigDecimal sum(long unitId, List<Criterion> criteria, Function<Score, BigDecimal> points) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Criterion criterion : criteria) {
			Score score = score(unitId, criterion.getId());
			BigDecimal value = (score != null) ? points.apply(score) : null;
			if (value != null) {
				sum = sum.add(value);
			}
		}
		return sum;
	}

}
