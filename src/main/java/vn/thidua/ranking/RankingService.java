package vn.thidua.ranking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import vn.thidua.account.CurrentUser;
import vn.thidua.account.Role;
import vn.thidua.audit.AuditService;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.district.District;

/**
 * Rankings of a province-year as each user may see them (the department: every cluster; a
 * leader: the clusters it leads; a district: its own cluster), the director's
 * finalization (a stored snapshot) and its reopening.
 */
@Service
@Transactional(readOnly = true)
public class RankingService {

	static final String ENTITY = "RankingDecision";

	private final RankingQueries queries;

	private final ClusterService clusters;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final Clock clock;

	RankingService(RankingQueries queries, ClusterService clusters, AuditService audit, EntityManager entityManager,
			Clock clock) {
		this.queries = queries;
		this.clusters = clusters;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The rankings of a year ({@code quarter} null) or a quarter. A finalized year shows
	 * its snapshot, not the current scores.
	 */
	public RankingView view(CurrentUser user, int year, Integer quarter) {
		List<Cluster> visible = visibleClusters(user, year);
		Map<Long, RankingDecision> decisions = (quarter == null)
				? this.queries.standingDecisions(user.provinceId(), year)
					.stream()
					.collect(Collectors.toMap((d) -> d.getCluster().getId(), Function.identity()))
				: Map.of();
		List<Cluster> live = visible.stream().filter((c) -> !decisions.containsKey(c.getId())).toList();
		Map<Long, ClusterRanking> computed = live(user.provinceId(), year, quarter, live).stream()
			.collect(Collectors.toMap(ClusterRanking::clusterId, Function.identity()));
		List<ClusterRanking> rankings = new ArrayList<>();
		RankingDecision any = null;
		for (Cluster cluster : visible) {
			RankingDecision decision = decisions.get(cluster.getId());
			if (decision != null) {
				any = decision;
				rankings.add(new ClusterRanking(cluster.getId(), cluster.getName(), cluster.getLeader().getName(),
						decision.getRows().stream().map(RankingDecisionRow::toRanked).toList()));
			}
			else {
				rankings.add(computed.get(cluster.getId()));
			}
		}
		return new RankingView(year, quarter, rankings, (any != null) ? any.getFinalizedAt() : null,
				(any != null) ? any.getFinalizedBy().getFullName() : null);
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
		List<ClusterRanking> rankings = live(user.provinceId(), year, null, all);
		for (ClusterRanking ranking : rankings) {
			for (RankedDistrict row : ranking.rows()) {
				String key = Long.toString(row.districtId());
				Award chosen = form.getAwards().getOrDefault(key, row.award());
				String reason = form.getReasons().get(key);
				if (chosen != row.award() && (reason == null || reason.isBlank())) {
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
			RankingDecision decision = new RankingDecision(user.provinceId(), byId.get(ranking.clusterId()), by, now);
			for (RankedDistrict row : ranking.rows()) {
				String key = Long.toString(row.districtId());
				Award chosen = form.getAwards().getOrDefault(key, row.award());
				overrides += (chosen != row.award()) ? 1 : 0;
				String reason = form.getReasons().get(key);
				decision.add(new RankingDecisionRow(decision,
						this.entityManager.getReference(District.class, row.districtId()), row, chosen,
						(reason != null) ? reason.strip() : null));
			}
			this.queries.save(decision);
		}
		this.audit.record(user, "RANKING_FINALIZED", ENTITY, year, "Chốt kết quả xếp hạng năm " + year + " ("
				+ rankings.size() + " cụm, " + overrides + " đề nghị khen thưởng do Giám đốc điều chỉnh)");
	}

	/**
	 * The director reopens a finalized year, with a reason: the snapshot stays, marked
	 * reopened, and the page shows the current scores again until the next finalization.
	 */
	@Transactional
	public void reopenYear(CurrentUser user, int year, String reason, Errors errors) {
		requireDirector(user);
		if (reason == null || reason.isBlank()) {
			errors.rejectValue("text", "ranking.reopen.reasonRequired");
			rollback();
			return;
		}
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
				"Mở lại kết quả xếp hạng năm " + year + ": " + reason.strip());
	}

	private List<ClusterRanking> live(long provinceId, int year, Integer quarter, List<Cluster> clusters) {
		List<RankingCalculator.Members> members = clusters.stream().map(RankingService::members).toList();
		List<QuarterScores> scores = this.queries.approvedQuarters(provinceId, year,
				clusters.stream().map(Cluster::getId).toList());
		return RankingCalculator.rank(members, scores, quarter);
	}

	private List<Cluster> visibleClusters(CurrentUser user, int year) {
		List<Cluster> all = this.clusters.clustersOf(user.provinceId(), year);
		return switch (user.role()) {
			case ADMIN, DIRECTOR, STAFF -> all;
			case CLUSTER_LEADER -> all.stream().filter((c) -> c.getLeader().getId().equals(user.districtId())).toList();
			case DISTRICT -> all.stream().filter((c) -> c.hasMember(user.districtId())).toList();
		};
	}

	private static RankingCalculator.Members members(Cluster cluster) {
		Map<Long, String> members = new LinkedHashMap<>();
		cluster.getSortedMembers()
			.stream()
			.sorted(Comparator.comparing(District::getId))
			.forEach((d) -> members.put(d.getId(), d.getName()));
		return new RankingCalculator.Members(cluster.getId(), cluster.getName(), cluster.getLeader().getName(),
				members);
	}

	private static void requireDirector(CurrentUser user) {
		if (!user.hasRole(Role.DIRECTOR)) {
			throw new AccessDeniedException("Only the director finalizes rankings");
		}
	}

	private static void rollback() {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
	}

}
