package vn.thidua.rules.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitService;
import vn.thidua.unit.Province;
import vn.thidua.rules.ExclusionKind;
import vn.thidua.rules.FloorScope;
import vn.thidua.rules.PeriodScheme;
import vn.thidua.rules.RuleSet;
import vn.thidua.rules.Rules;
import vn.thidua.rules.RulesService;
import vn.thidua.rules.YearExclusion;
import vn.thidua.rules.domain.RuleSetRepository;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Role;

/**
 * The department drafts a year's rules (from the previous year's, or the defaults), edits
 * the draft, publishes it; and records the units not considered that year. Every change
 * is audited; the rules cache of the province-year is emptied.
 */
@Service
@Transactional(readOnly = true)
class RulesAdminService {

	static final String ENTITY = "RuleSet";

	private final RuleSetRepository sets;

	private final RulesService rules;

	private final UnitService units;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	RulesAdminService(RuleSetRepository sets, RulesService rules, UnitService units, AuditService audit,
			EntityManager entityManager, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.sets = sets;
		this.rules = rules;
		this.units = units;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	static boolean mayEdit(CurrentUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.STAFF);
	}

	Optional<RuleSet> setOf(CurrentUser user, int year) {
		return this.sets.findOf(user.provinceId(), year);
	}

	List<YearExclusion> exclusions(CurrentUser user, int year) {
		return this.sets.exclusionsOf(user.provinceId(), year)
			.stream()
			.sorted(vn.thidua.shared.VietnameseCollation.comparing((YearExclusion e) -> e.getUnit().getName()))
			.toList();
	}

	Rules defaults() {
		return this.rules.defaults();
	}

	/** A new draft for the year: the previous year's published rules, or the defaults. */
	@Transactional
	@CacheEvict(cacheNames = RulesService.CACHE, key = "{#user.provinceId(), #year}")
	public RuleSet draft(CurrentUser user, int year) {
		requireEditor(user);
		if (this.sets.findOf(user.provinceId(), year).isPresent()) {
			throw new IllegalStateException("The year already has rules");
		}
		Rules from = this.sets.findOf(user.provinceId(), year - 1)
			.filter(RuleSet::isPublished)
			.map((s) -> s.toRules(Map.of()))
			.orElseGet(this.rules::defaults);
		RuleSet set = new RuleSet(this.entityManager.getReference(Province.class, user.provinceId()), year, from);
		this.sets.save(set);
		this.audit.record(user, "RULES_DRAFTED", ENTITY, set.getId(),
				(from.ruleSetId() != null) ? this.audit.words("trail.rules.draftedFrom", year, year - 1)
						: this.audit.words("trail.rules.drafted", year));
		return set;
	}

	/** Saves a draft; every wrong field is reported at once and nothing is saved. */
	@Transactional
	@CacheEvict(cacheNames = RulesService.CACHE, allEntries = true)
	public boolean save(CurrentUser user, long id, RulesForm form, Errors errors) {
		requireEditor(user);
		RuleSet set = own(user, id);
		if (set.isPublished()) {
			errors.reject("rules.error.published");
			return false;
		}
		if (set.getVersion() != form.getVersion()) {
			errors.reject("rules.error.stale");
			return false;
		}
		Rules rules = validated(form, errors);
		if (errors.hasErrors()) {
			rollback();
			return false;
		}
		set.change(rules);
		// written now: a publication later in the same transaction must find the rows
		// saved
		this.entityManager.flush();
		this.audit.record(user, "RULES_CHANGED", ENTITY, id,
				this.audit.words("trail.rules.changed", set.getYear(), describe(rules)));
		return true;
	}

	@Transactional
	@CacheEvict(cacheNames = RulesService.CACHE, allEntries = true)
	public boolean publish(CurrentUser user, long id, Errors errors) {
		requireEditor(user);
		RuleSet set = own(user, id);
		if (set.isPublished()) {
			errors.reject("rules.error.published");
			return false;
		}
		set.publish(this.clock.instant());
		this.audit.record(user, "RULES_PUBLISHED", ENTITY, id,
				this.audit.words("trail.rules.published", set.getYear(), describe(set.toRules(Map.of()))));
		this.events.publishEvent(new vn.thidua.shared.YearPublished(vn.thidua.shared.YearPublished.What.RULES,
				user.provinceId(), set.getYear()));
		return true;
	}

	@Transactional
	@CacheEvict(cacheNames = RulesService.CACHE, key = "{#user.provinceId(), #year}")
	public boolean exclude(CurrentUser user, int year, ExclusionForm form, Errors errors) {
		requireEditor(user);
		List<Unit> units = this.units.ofClusterLevels(user.provinceId(), year);
		Unit unit = units.stream().filter((d) -> d.getId().equals(form.getUnitId())).findFirst().orElse(null);
		if (unit == null) {
			errors.rejectValue("unitId", "rules.exclusion.unitRequired");
		}
		if (form.getKind() == null || !ExclusionKind.recorded().contains(form.getKind())) {
			errors.rejectValue("kind", "rules.exclusion.kind");
		}
		if (form.getNote() == null || form.getNote().isBlank()) {
			errors.rejectValue("note", "rules.exclusion.note");
		}
		else if (form.getNote().strip().length() > 1000) {
			errors.rejectValue("note", "common.tooLong", new Object[] { 1000 }, null);
		}
		if (unit != null && this.sets.exclusionsOf(user.provinceId(), year)
			.stream()
			.anyMatch((e) -> e.getUnit().getId().equals(unit.getId()))) {
			errors.rejectValue("unitId", "rules.exclusion.duplicate");
		}
		if (errors.hasErrors()) {
			return false;
		}
		YearExclusion exclusion = new YearExclusion(user.provinceId(), year, unit, form.getKind(),
				form.getNote().strip(), this.clock.instant());
		this.entityManager.persist(exclusion);
		this.audit.record(user, "EXCLUSION_ADDED", "YearExclusion", exclusion.getId(), this.audit
			.words("trail.exclusion.added." + form.getKind().name(), unit.getName(), year, form.getNote().strip()));
		return true;
	}

	@Transactional
	@CacheEvict(cacheNames = RulesService.CACHE, allEntries = true)
	public int removeExclusion(CurrentUser user, long id) {
		requireEditor(user);
		YearExclusion exclusion = this.entityManager.find(YearExclusion.class, id);
		if (exclusion == null || exclusion.getProvinceId() != user.provinceId()) {
			throw NotFoundException.of("YearExclusion", id);
		}
		this.entityManager.remove(exclusion);
		this.audit.record(user, "EXCLUSION_REMOVED", "YearExclusion", id,
				this.audit.words("trail.exclusion.removed", exclusion.getUnit().getName(), exclusion.getYear()));
		return exclusion.getYear();
	}

	RuleSet own(CurrentUser user, long id) {
		return this.sets.findById(id)
			.filter((s) -> s.getProvinceId() == user.provinceId())
			.orElseThrow(() -> NotFoundException.of(ENTITY, id));
	}

	/** The rules of a form, or errors on its fields. */
	static Rules validated(RulesForm form, Errors errors) {
		PeriodScheme periods = form.getPeriods();
		List<Integer> weights = new ArrayList<>();
		if (periods == null) {
			errors.rejectValue("periods", "rules.periods.required");
		}
		else {
			int sum = 0;
			for (int i = 0; i < periods.count(); i++) {
				Integer weight = (i < form.getWeights().size()) ? form.getWeights().get(i) : null;
				if (weight == null || weight < 0 || weight > 100) {
					if (!errors.hasFieldErrors("weights[" + i + "]")) {
						errors.rejectValue("weights[" + i + "]", "rules.weight.range");
					}
					continue;
				}
				weights.add(weight);
				sum += weight;
			}
			if (weights.size() == periods.count() && sum != 100) {
				errors.rejectValue("weights[0]", "rules.weight.sum", new Object[] { sum }, null);
			}
		}
		if ((form.getDeadlineDay() == null || form.getDeadlineDay() < 1 || form.getDeadlineDay() > 28)
				&& !errors.hasFieldErrors("deadlineDay")) {
			errors.rejectValue("deadlineDay", "rules.deadline.range");
		}
		List<Rules.Band> bands = new ArrayList<>();
		BigDecimal previous = null;
		for (int i = 0; i < form.getBands().size(); i++) {
			RulesForm.BandForm band = form.getBands().get(i);
			if (!band.isUsed()) {
				continue;
			}
			boolean ok = true;
			if (!Rules.BAND_CODES.contains(band.getCode())) {
				errors.rejectValue("bands[" + i + "].name", "rules.band.unknown");
				continue;
			}
			if (band.getName() == null || band.getName().isBlank() || band.getName().strip().length() > 60) {
				errors.rejectValue("bands[" + i + "].name", "rules.band.name");
				ok = false;
			}
			BigDecimal bound = (band.getLowerBound() != null) ? band.getLowerBound().value() : null;
			if (bound == null || bound.signum() < 0 || bound.compareTo(BigDecimal.valueOf(100)) > 0) {
				if (!errors.hasFieldErrors("bands[" + i + "].lowerBound")) {
					errors.rejectValue("bands[" + i + "].lowerBound", "rules.band.bound");
				}
				ok = false;
			}
			else if (previous != null && bound.compareTo(previous) >= 0) {
				errors.rejectValue("bands[" + i + "].lowerBound", "rules.band.order");
				ok = false;
			}
			Integer floor = band.getFloorPercent();
			if (floor != null && (floor < 1 || floor > 100)) {
				reject(errors, "bands[" + i + "].floorPercent", "rules.band.floor");
				ok = false;
			}
			if (ok) {
				bands.add(new Rules.Band(band.getCode(), band.getName().strip(), bound, floor, (floor != null)
						? Objects.requireNonNullElse(band.getFloorScope(), FloorScope.CRITERION) : null));
				previous = bound;
			}
		}
		if (form.getBands().stream().noneMatch(RulesForm.BandForm::isUsed)) {
			errors.rejectValue("bands", "rules.band.none");
		}
		else if (!bands.isEmpty() && bands.get(bands.size() - 1).lowerBound().signum() != 0
				&& !errors.hasFieldErrors("bands*")) {
			errors.rejectValue("bands", "rules.band.lastFromZero");
		}
		List<Rules.AwardRule> awards = new ArrayList<>();
		for (int i = 0; i < form.getAwards().size(); i++) {
			RulesForm.AwardForm award = form.getAwards().get(i);
			if (!award.isUsed()) {
				continue;
			}
			String at = "awards[" + i + "].";
			if (!Rules.AWARD_CODES.contains(award.getCode())) {
				reject(errors, at + "name", "rules.award.unknown");
				continue;
			}
			if (award.getName() == null || award.getName().isBlank() || award.getName().strip().length() > 100) {
				reject(errors, at + "name", "rules.award.name");
			}
			if (award.getMinBand() == null || bands.stream().noneMatch((b) -> b.code().equals(award.getMinBand()))) {
				reject(errors, at + "minBand", "rules.award.minBand");
			}
			if (award.getRankFrom() == null || award.getRankFrom() < 1) {
				reject(errors, at + "rankFrom", "rules.award.rankFrom");
			}
			if (award.getRankTo() == null || award.getRankFrom() != null && award.getRankTo() < award.getRankFrom()) {
				reject(errors, at + "rankTo", "rules.award.rankTo");
			}
			if (award.getQuotaCount() != null && award.getQuotaPercent() != null) {
				reject(errors, at + "quotaPercent", "rules.award.quotaBoth");
			}
			else if (award.getQuotaCount() != null && award.getQuotaCount() < 0) {
				reject(errors, at + "quotaCount", "rules.award.quotaCount");
			}
			else if (award.getQuotaPercent() != null
					&& (award.getQuotaPercent() < 0 || award.getQuotaPercent() > 100)) {
				reject(errors, at + "quotaPercent", "rules.award.quotaPercent");
			}
			if (award.getVoteThreshold() == null || award.getVoteThreshold() < 50 || award.getVoteThreshold() > 100) {
				reject(errors, at + "voteThreshold", "rules.award.vote");
			}
			if (award.getQuorumNum() == null || award.getQuorumDen() == null || award.getQuorumDen() < 1
					|| award.getQuorumDen() > 100 || award.getQuorumNum() < 0
					|| award.getQuorumNum() > award.getQuorumDen()) {
				reject(errors, at + "quorumNum", "rules.award.quorum");
			}
			Rules.Prior prior = prior(award, at, errors);
			String awardBasis = text(award.getBasis());
			if (awardBasis != null && awardBasis.length() > 1000) {
				reject(errors, at + "basis", "rules.award.basis");
			}
			// a value that did not bind (a word in a number field) is an error of its
			// own:
			// nothing of this row is used then
			if (!errors.hasFieldErrors("awards[" + i + "]*")) {
				awards.add(new Rules.AwardRule(award.getCode(), award.getName().strip(), award.getMinBand(),
						award.getRankFrom(), award.getRankTo(), award.getQuotaCount(), award.getQuotaPercent(),
						award.getVoteThreshold(), award.getQuorumNum(), award.getQuorumDen(), prior, awardBasis));
			}
		}
		String basis = text(form.getBasis());
		if (basis != null && basis.length() > 4000) {
			errors.rejectValue("basis", "rules.basis.length");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Rules(null, periods, weights, form.getDeadlineDay(), bands, awards, Map.of(),
				form.isEvidenceShared(), basis);
	}

	/**
	 * An award's condition on earlier years, or {@code null} (with an error if half
	 * given).
	 */
	private static Rules.Prior prior(RulesForm.AwardForm award, String at, Errors errors) {
		String band = text(award.getPriorBand());
		String code = text(award.getPriorAward());
		boolean any = band != null || code != null || award.isPriorLed();
		if (award.getPriorYears() == null) {
			if (any) {
				reject(errors, at + "priorYears", "rules.award.priorYears");
			}
			return null;
		}
		if (award.getPriorYears() < 1 || award.getPriorYears() > 10) {
			reject(errors, at + "priorYears", "rules.award.priorYears.range");
			return null;
		}
		if (!any) {
			reject(errors, at + "priorBand", "rules.award.priorWhat");
			return null;
		}
		if (band != null && !Rules.BAND_CODES.contains(band)) {
			reject(errors, at + "priorBand", "rules.award.minBand");
			return null;
		}
		if (code != null && !Rules.AWARD_CODES.contains(code)) {
			reject(errors, at + "priorAward", "rules.award.unknown");
			return null;
		}
		return new Rules.Prior(award.getPriorYears(), band, code, award.isPriorLed());
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A field's error, unless the field already has one (e.g. a number that did not
	 * bind).
	 */
	private static void reject(Errors errors, String field, String code) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	/** The rules in the trail's words: periods, weights, deadline, bands, awards. */
	private String describe(Rules rules) {
		String bands = String.join(", ",
				rules.bands()
					.stream()
					.map((b) -> this.audit.words("trail.rules.band", b.name(),
							b.lowerBound().stripTrailingZeros().toPlainString()))
					.toList());
		String awards = rules.awards().isEmpty() ? this.audit.words("trail.none")
				: String.join(", ", rules.awards().stream().map(this::describe).toList());
		return this.audit.words("trail.rules.described",
				this.audit.words("trail.rules.periods." + rules.periods().name()), rules.weights(), rules.deadlineDay(),
				bands, awards);
	}

	private String describe(Rules.AwardRule award) {
		String quota = (award.quotaCount() != null) ? this.audit.words("trail.rules.quota", award.quotaCount())
				: (award.quotaPercent() != null) ? this.audit.words("trail.rules.quotaPercent", award.quotaPercent())
						: "";
		return this.audit.words("trail.rules.award", award.name(), award.rankFrom(), award.rankTo(), quota);
	}

	private static void requireEditor(CurrentUser user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("Only the department edits the rules");
		}
	}

	private static void rollback() {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
	}

}
