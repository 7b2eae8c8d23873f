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
import vn.thidua.district.District;
import vn.thidua.report.domain.Score;
import vn.thidua.shared.Points;

/**
 * A report with everything its pages show: the member districts (columns), the criteria
 * tree (rows), the scores and the totals. Built from a fixed number of queries.
 *
 * @param report the report
 * @param cluster its cluster with members
 * @param members member districts, leader first
 * @param criteria the criteria set of the report's year
 * @param scores scores by {@link #key(long, long)}
 * @param deadline the submission deadline
 * @param period the period's name by the year's rules ("Quý IV/2014", "6 tháng đầu năm
 * 2015")
 * @param periodInSentence the same inside a sentence ("quý IV/2014")
 */
public record ReportSheet(QuarterlyReport report, Cluster cluster, List<District> members, CriteriaTree criteria,
		Map<String, Score> scores, LocalDate deadline, String period, String periodInSentence) {

	/**
	 * The form and map key of a district's score on a criterion.
	 */
	public static String key(long districtId, long criterionId) {
		return districtId + "_" + criterionId;
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
	 * "Diễn Châu – 6.1": which district and criterion a score is, for histories.
	 */
	public String label(long districtId, long criterionId) {
		String district = this.members.stream()
			.filter((d) -> d.getId() == districtId)
			.map(District::getName)
			.findFirst()
			.orElse("?");
		String criterion = this.criteria.groups()
			.stream()
			.flatMap((g) -> g.criteria().stream())
			.filter((c) -> c.getId() == criterionId)
			.map(Criterion::getCode)
			.findFirst()
			.orElse("?");
		return district + " – " + criterion;
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
	 * The scores of one district, an option group of the adjust select.
	 *
	 * @param district the district's name
	 * @param choices its scores in criteria order
	 */
	public record ScoreChoices(String district, List<ScoreChoice> choices) {
	}

	/**
	 * Every score of the report, by district (leader first) and criterion: exactly the
	 * scores that the department's adjustment accepts for this report.
	 */
	public List<ScoreChoices> adjustableScores() {
		List<ScoreChoices> groups = new java.util.ArrayList<>();
		for (District district : this.members) {
			List<ScoreChoice> choices = new java.util.ArrayList<>();
			for (CriteriaTree.Group group : this.criteria.groups()) {
				for (Criterion criterion : group.criteria()) {
					Score score = score(district.getId(), criterion.getId());
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
			groups.add(new ScoreChoices(district.getName(), choices));
		}
		return groups;
	}

	public Score score(long districtId, long criterionId) {
		return this.scores.get(key(districtId, criterionId));
	}

	/**
	 * A group's subtotal for a district, of the points that count now.
	 */
	public BigDecimal groupTotal(long districtId, CriteriaTree.Group group) {
		return sum(districtId, group.criteria(), Score::getEffectivePoints);
	}

	/**
	 * A group's subtotal for a district, of its self-assessment.
	 */
	public BigDecimal selfGroupTotal(long districtId, CriteriaTree.Group group) {
		return sum(districtId, group.criteria(), Score::getSelfPoints);
	}

	/**
	 * A district's quarter total: score + bonus − penalty, of the points that count now.
	 */
	public BigDecimal total(long districtId) {
		return total(districtId, Score::getEffectivePoints);
	}

	/**
	 * The same total from the districts' self-assessment.
	 */
	public BigDecimal selfTotal(long districtId) {
		return total(districtId, Score::getSelfPoints);
	}

	private BigDecimal total(long districtId, Function<Score, BigDecimal> points) {
		BigDecimal total = BigDecimal.ZERO;
		for (CriteriaTree.Group group : this.criteria.groups()) {
			BigDecimal subtotal = sum(districtId, group.criteria(), points);
			total = total.add(group.group().getKind().counted(subtotal));
		}
		return total;
	}

	private BigDecimal sum(long districtId, List<Criterion> criteria, Function<Score, BigDecimal> points) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Criterion criterion : criteria) {
			Score score = score(districtId, criterion.getId());
			BigDecimal value = (score != null) ? points.apply(score) : null;
			if (value != null) {
				sum = sum.add(value);
			}
		}
		return sum;
	}

}
