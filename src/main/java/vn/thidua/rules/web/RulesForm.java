package vn.thidua.rules.web;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.rules.FloorScope;
import vn.thidua.rules.PeriodScheme;
import vn.thidua.rules.Rules;
import vn.thidua.shared.Points;

/**
 * The editable content of a draft rule set: the periods and their weights, the deadline
 * day, a row per possible band and per possible award (each may be left unused).
 */
public class RulesForm {

	private PeriodScheme periods;

	private List<Integer> weights = new ArrayList<>();

	private Integer deadlineDay;

	private List<BandForm> bands = new ArrayList<>();

	private List<AwardForm> awards = new ArrayList<>();

	private boolean evidenceShared;

	private String basis;

	private int version;

	/** The form of a rule set's content: every possible band and award, used or not. */
	public static RulesForm of(Rules rules, int version) {
		RulesForm form = new RulesForm();
		form.periods = rules.periods();
		form.weights = new ArrayList<>(rules.weights());
		while (form.weights.size() < 4) {
			form.weights.add(null);
		}
		form.deadlineDay = rules.deadlineDay();
		form.evidenceShared = rules.evidenceShared();
		form.basis = rules.basis();
		for (String code : Rules.BAND_CODES) {
			BandForm band = new BandForm();
			band.code = code;
			rules.bands().stream().filter((b) -> b.code().equals(code)).findFirst().ifPresent((b) -> {
				band.used = true;
				band.name = b.name();
				band.lowerBound = Points.of(b.lowerBound());
				band.floorPercent = b.floorPercent();
				band.floorScope = b.floorScope();
			});
			form.bands.add(band);
		}
		for (String code : Rules.AWARD_CODES) {
			AwardForm award = new AwardForm();
			award.code = code;
			rules.award(code).ifPresent((a) -> {
				award.used = true;
				award.name = a.name();
				award.minBand = a.minBand();
				award.rankFrom = a.rankFrom();
				award.rankTo = a.rankTo();
				award.quotaCount = a.quotaCount();
				award.quotaPercent = a.quotaPercent();
				award.voteThreshold = a.voteThreshold();
				award.quorumNum = a.quorumNum();
				award.quorumDen = a.quorumDen();
				if (a.prior() != null) {
					award.priorYears = a.prior().years();
					award.priorBand = a.prior().band();
					award.priorAward = a.prior().award();
					award.priorLed = a.prior().led();
				}
				award.basis = a.basis();
			});
			form.awards.add(award);
		}
		form.version = version;
		return form;
	}

	/** A classification band row. */
	public static class BandForm {

		private String code;

		private boolean used;

		private String name;

		private Points lowerBound;

		private Integer floorPercent;

		private FloorScope floorScope = FloorScope.CRITERION;

		public Integer getFloorPercent() {
			return this.floorPercent;
		}

		public void setFloorPercent(Integer floorPercent) {
			this.floorPercent = floorPercent;
		}

		public FloorScope getFloorScope() {
			return this.floorScope;
		}

		public void setFloorScope(FloorScope floorScope) {
			this.floorScope = floorScope;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public boolean isUsed() {
			return this.used;
		}

		public void setUsed(boolean used) {
			this.used = used;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Points getLowerBound() {
			return this.lowerBound;
		}

		public void setLowerBound(Points lowerBound) {
			this.lowerBound = lowerBound;
		}

	}

	/** An award rule row. */
	public static class AwardForm {

		private Integer priorYears;

		private String priorBand;

		private String priorAward;

		private boolean priorLed;

		private String basis;

		public Integer getPriorYears() {
			return this.priorYears;
		}

		public void setPriorYears(Integer priorYears) {
			this.priorYears = priorYears;
		}

		public String getPriorBand() {
			return this.priorBand;
		}

		public void setPriorBand(String priorBand) {
			this.priorBand = priorBand;
		}

		public String getPriorAward() {
			return this.priorAward;
		}

		public void setPriorAward(String priorAward) {
			this.priorAward = priorAward;
		}

		public boolean isPriorLed() {
			return this.priorLed;
		}

		public void setPriorLed(boolean priorLed) {
			this.priorLed = priorLed;
		}

		public String getBasis() {
			return this.basis;
		}

		public void setBasis(String basis) {
			this.basis = basis;
		}

		private String code;

		private boolean used;

		private String name;

		private String minBand;

		private Integer rankFrom;

		private Integer rankTo;

		private Integer quotaCount;

		private Integer quotaPercent;

		private Integer voteThreshold;

		private Integer quorumNum = 2;

		private Integer quorumDen = 3;

		public Integer getQuorumNum() {
			return this.quorumNum;
		}

		public void setQuorumNum(Integer quorumNum) {
			this.quorumNum = quorumNum;
		}

		public Integer getQuorumDen() {
			return this.quorumDen;
		}

		public void setQuorumDen(Integer quorumDen) {
			this.quorumDen = quorumDen;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public boolean isUsed() {
			return this.used;
		}

		public void setUsed(boolean used) {
			this.used = used;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getMinBand() {
			return this.minBand;
		}

		public void setMinBand(String minBand) {
			this.minBand = minBand;
		}

		public Integer getRankFrom() {
			return this.rankFrom;
		}

		public void setRankFrom(Integer rankFrom) {
			this.rankFrom = rankFrom;
		}

		public Integer getRankTo() {
			return this.rankTo;
		}

		public void setRankTo(Integer rankTo) {
			this.rankTo = rankTo;
		}

		public Integer getQuotaCount() {
			return this.quotaCount;
		}

		public void setQuotaCount(Integer quotaCount) {
			this.quotaCount = quotaCount;
		}

		public Integer getQuotaPercent() {
			return this.quotaPercent;
		}

		public void setQuotaPercent(Integer quotaPercent) {
			this.quotaPercent = quotaPercent;
		}

		public Integer getVoteThreshold() {
			return this.voteThreshold;
		}

		public void setVoteThreshold(Integer voteThreshold) {
			this.voteThreshold = voteThreshold;
		}

	}

	public PeriodScheme getPeriods() {
		return this.periods;
	}

	public void setPeriods(PeriodScheme periods) {
		this.periods = periods;
	}

	/** The weights of up to four periods (the form shows four fields). */
	public List<Integer> getWeights() {
		while (this.weights.size() < 4) {
			this.weights.add(null);
		}
		return this.weights;
	}

	public void setWeights(List<Integer> weights) {
		this.weights = weights;
	}

	public Integer getDeadlineDay() {
		return this.deadlineDay;
	}

	public void setDeadlineDay(Integer deadlineDay) {
		this.deadlineDay = deadlineDay;
	}

	public String getBasis() {
		return this.basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public List<BandForm> getBands() {
		return this.bands;
	}

	public void setBands(List<BandForm> bands) {
		this.bands = bands;
	}

	public boolean isEvidenceShared() {
		return this.evidenceShared;
	}

	public void setEvidenceShared(boolean evidenceShared) {
		this.evidenceShared = evidenceShared;
	}

	public List<AwardForm> getAwards() {
		return this.awards;
	}

	public void setAwards(List<AwardForm> awards) {
		this.awards = awards;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
