package vn.thidua.closing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.thidua.rules.Rules;
import vn.thidua.shared.VietnameseCollation;

/**
 * The result of a closing vote by the rules of the year. For each award rule, in the
 * rules' order: a candidate is proposed when its share of the valid ballots reaches the
 * rule's threshold; the quota per cluster is never exceeded — among the candidates that
 * reach the threshold, more votes first, then the better rank, then the name (the
 * documented tie rule; a tie at the quota line is flagged); a unit proposed for an award
 * is not proposed for a later one.
 */
public final class VoteCount {

	private VoteCount() {
	}

	/**
	 * A candidate and its votes.
	 *
	 * @param award the award code
	 * @param unitId the unit
	 * @param name its name
	 * @param rank its rank in the cluster's year ranking (0: not ranked)
	 * @param votes the ballots for it, or {@code null} before counting
	 */
	public record Candidate(String award, long unitId, String name, int rank, Integer votes) {
	}

	/**
	 * A candidate's result.
	 *
	 * @param candidate the candidate
	 * @param share its share of the valid ballots, in percent, two decimals
	 * @param reached whether the share reaches the threshold
	 * @param proposed whether it is proposed
	 * @param tieAtQuota whether it tied with another at the quota line (decided by rank)
	 */
	public record Outcome(Candidate candidate, BigDecimal share, boolean reached, boolean proposed,
			boolean tieAtQuota) {
	}

	public static List<Outcome> count(List<Candidate> candidates, int validBallots, Rules rules, int members) {
		List<Outcome> result = new ArrayList<>();
		Set<Long> proposed = new HashSet<>();
		for (Rules.AwardRule rule : rules.awards()) {
			List<Candidate> ofAward = candidates.stream().filter((c) -> c.award().equals(rule.code())).toList();
			List<Candidate> reaching = new ArrayList<>();
			for (Candidate candidate : ofAward) {
				if (reaches(candidate, validBallots, rule) && !proposed.contains(candidate.unitId())) {
					reaching.add(candidate);
				}
			}
			Comparator<Candidate> order = Comparator.<Candidate>comparingInt((c) -> -c.votes())
				.thenComparingInt((c) -> (c.rank() > 0) ? c.rank() : Integer.MAX_VALUE)
				.thenComparing(VietnameseCollation.comparing(Candidate::name));
			reaching.sort(order);
			int quota = Math.min(rule.quota(members), reaching.size());
			Set<Long> chosen = new HashSet<>();
			reaching.subList(0, quota).forEach((c) -> chosen.add(c.unitId()));
			Integer lineVotes = (quota > 0 && quota < reaching.size()) ? reaching.get(quota - 1).votes() : null;
			for (Candidate candidate : ofAward) {
				boolean reached = reaches(candidate, validBallots, rule);
				boolean tie = lineVotes != null && reached && lineVotes.equals(candidate.votes());
				result.add(new Outcome(candidate, share(candidate, validBallots), reached,
						chosen.contains(candidate.unitId()), tie));
			}
			proposed.addAll(chosen);
		}
		return result;
	}

	private static boolean reaches(Candidate candidate, int validBallots, Rules.AwardRule rule) {
		return candidate.votes() != null && validBallots > 0
				&& candidate.votes() * 100L >= (long) rule.voteThreshold() * validBallots;
	}

	private static BigDecimal share(Candidate candidate, int validBallots) {
		if (candidate.votes() == null || validBallots == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(candidate.votes() * 100L)
			.divide(BigDecimal.valueOf(validBallots), 2, RoundingMode.HALF_UP);
	}

}
