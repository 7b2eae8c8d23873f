package vn.thidua.ranking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;

import vn.thidua.account.AppUser;
import vn.thidua.audit.AuditService;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.unit.Unit;
import vn.thidua.ranking.domain.RankingDecision;
import vn.thidua.ranking.domain.RankingDecisionRow;
import vn.thidua.ranking.domain.RankingQueries;
import vn.thidua.ranking.web.FinalizeForm;
import vn.thidua.rules.Rules;
import vn.thidua.rules.RulesService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.DataVersions;

/**
 * Rankings of a province-year as each user may see them (the department: every cluster; a
 * leader: the clusters it leads; a unit: its own cluster), the director's finalization (a
 * stored snapshot) and its reopening.
 */
@Service
@Transactional(readOnly = true)
public class RankingService {

	static final String ENTITY = "RankingDecision";

	private final RankingQueries queries;

	private final RankingData data;

	private final DataVersions versions;

	private final ClusterService clusters;

	private final AuditService audit;

	private final RankingPolicy policy;

	private final EntityManager entityManager;

	private final Clock clock;

	private final RulesService rules;

	private final org.springframework.beans.factory.ObjectProvider<DecidedAwards> decided;

	RankingService(RankingQueries queries, RankingData data, DataVersions versions, RankingPolicy policy,
			ClusterService clusters, AuditService audit, EntityManager entityManager, Clock clock, RulesService rules,
			org.springframework.beans.factory.ObjectProvider<DecidedAwards> decided) {
		this.decided = decided;
		this.rules = rules;
		this.queries = queries;
		this.data = data;
		this.versions = versions;
		this.policy = policy;
		this.clusters = clusters;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The rankings of a year ({@code quarter} null) or a quarter as this user sees them.
	 * A finalized year shows its snapshot, not the current scores. The province's
	 * rankings are computed once per data version (see {@link RankingData}) and shared by
	 * all its users.
	 */
	public RankingView view(CurrentUser user, int year, Integer quarter) {
		return this.data.of(user.provinceId(), year, quarter, this.versions.of(user.provinceId())).visibleTo(user);
	}

	/**
	 * Who is proposed for which award in the view: for the year, the department's
	 * decision once finalized, else each closed cluster's vote, else the rules
	 * ({@link Proposals}).
	 */
	public Proposals proposals(CurrentUser user, RankingView view) {
		DecidedAwards decisions = this.decided.getIfAvailable();
		if (view.quarter() != null || decisions == null) {
			return Proposals.RULES_ONLY;
		}
		return decisions.proposals(user.provinceId(), view);
	}

	/**
	 * Every cluster's year ranking of a province, whoever asks: what a unit's record and
	 * an award's conditions on earlier years are judged on (the caller shows only what
	 * its user may see).
	 */
	public RankingView ofProvince(long provinceId, int year) {
		return this.data.of(provinceId, year, null, this.versions.of(provinceId));
	}

	/**
	 * One cluster's current year ranking computed now from the database (not the cache):
	 * what its closing conference votes on.
	 */
	public ClusterRanking liveYear(CurrentUser user, Cluster cluster) {
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		return this.data.live(user.provinceId(), cluster.getYear(), null, List.of(cluster), rules).get(0);
	}

	/**
	 * The province's data version: what the rankings page and its ETag are keyed by.
	 */
	public long dataVersion(CurrentUser user) {
		return this.versions.of(user.provinceId());
	}

	/**
	 * The director finalizes the year for every cluster of the province: the current year
	 * view, with its award proposals or the director's overrides (each with a reason), is
	 * stored.
	 */
	@Transactional
	public void finalizeYear(CurrentUser user, int year, FinalizeForm form, Errors errors) {
		requireDirector(user);
		if (!this.queries.standingDecisions(user.provinceId(), year).isEmpty()) {
			errors.reject("ranking.error.finalized");
			rollback();
			return;
		}
		List<Cluster> all = this.clusters.clustersOf(user.provinceId(), year);
		if (all.isEmpty()) {
			errors.reject("ranking.error.noClusters");
			rollback();
			return;
		}
		Rules rules = this.rules.current(user.provinceId(), year);
		List<ClusterRanking> rankings = this.data.live(user.provinceId(), year, null, all, rules);
		// once the department decided the year's award list, it is what the ranking
		// records
		DecidedAwards decisions = this.decided.getIfAvailable();
		java.util.Optional<Map<Long, String>> decided = (decisions != null) ? decisions.of(user.provinceId(), year)
				: java.util.Optional.empty();
		if (decided.isPresent()) {
			form = FinalizeForm.decided(rankings, decided.get());
		}
		for (ClusterRanking ranking : rankings) {
			for (RankedUnit row : ranking.rows()) {
				String key = Long.toString(row.unitId());
				Award chosen = chosen(form, key, row);
				String reason = form.getReasons().get(key);
				if (chosen != Award.NONE && (row.isExcluded() || rules.award(chosen.name()).isEmpty())) {
					// an award the year's rules do not have, or a unit not ranked this
					// year
					errors.rejectValue("awards[" + key + "]", "ranking.override.notAllowed");
				}
				else if (chosen != row.award() && (reason == null || reason.isBlank())) {
					errors.rejectValue("reasons[" + key + "]", "ranking.override.reasonRequired");
				}
			}
		}
		if (errors.hasErrors()) {
			rollback();
			return;
		}
		Instant now = this.clock.instant();
		AppUser by = this.entityManager.getReference(AppUser.class, user.id());
		Map<Long, Cluster> byId = all.stream().collect(Collectors.toMap(Cluster::getId, Function.identity()));
		int overrides = 0;
		for (ClusterRanking ranking : rankings) {
			RankingDecision decision = new RankingDecision(user.provinceId(), byId.get(ranking.clusterId()), by, now,
					rules.ruleSetId());
			for (RankedUnit row : ranking.rows()) {
				String key = Long.toString(row.unitId());
				Award chosen = chosen(form, key, row);
				overrides += (chosen != row.award()) ? 1 : 0;
				String reason = form.getReasons().get(key);
				decision.add(new RankingDecisionRow(decision, this.entityManager.getReference(Unit.class, row.unitId()),
						row, chosen, (reason != null) ? reason.strip() : null));
			}
			this.queries.save(decision);
		}
		this.audit.record(user, "RANKING_FINALIZED", ENTITY, year,
				this.audit.words("trail.ranking.finalized", year, rankings.size(), overrides));
	}

	/**
	 * The director reopens a finalized year, with a reason: the snapshot stays, marked
	 * reopened, and the page shows the current scores again until the next finalization.
	 */
	@Transactional
	public void reopenYear(CurrentUser user, int year, String reason, Errors errors) {
		requireDirector(user);
		List<RankingDecision> standing = this.queries.standingDecisions(user.provinceId(), year);
		if (standing.isEmpty()) {
			errors.reject("ranking.error.notFinalized");
			rollback();
			return;
		}
		AppUser by = this.entityManager.getReference(AppUser.class, user.id());
		Instant now = this.clock.instant();
		standing.forEach((d) -> d.reopen(by, now, reason.strip()));
		this.audit.record(user, "RANKING_REOPENED", ENTITY, year,
				this.audit.words("trail.ranking.reopened", year, reason.strip()));
	}

	/**
	 * The director's choice for a row; the proposal where none (or an empty one) was
	 * sent.
	 */
	private static Award chosen(FinalizeForm form, String key, RankedUnit row) {
		Award chosen = form.getAwards().get(key);
		return (chosen != null) ? chosen : row.award();
	}

	private void requireDirector(CurrentUser user) {
		if (!this.policy.mayFinalize(user)) {
			throw new AccessDeniedException("Only the director finalizes rankings");
		}
	}

	private static void rollback() {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
	}

}
