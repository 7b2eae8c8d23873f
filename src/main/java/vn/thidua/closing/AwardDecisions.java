package vn.thidua.closing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.ranking.RankingService;
import vn.thidua.rules.Rules;
import vn.thidua.rules.RulesService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;

/**
 * The department's award decision of a year ({@code /awards?year=}): every cluster's
 * closing and its proposals side by side; the staff and the director accept or trim each
 * with the council's reason; the director finalizes the province's award list — a
 * snapshot ({@link AwardDecision}) that marks the closings decided — and may reopen it
 * with a reason. Only the department; its own province only.
 */
@Service
@Transactional(readOnly = true)
public class AwardDecisions implements vn.thidua.ranking.DecidedAwards {

	static final String ENTITY = "AwardDecision";

	private final ClusterService clusters;

	private final RankingService rankings;

	private final RulesService rules;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final java.time.Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<UnitRecords> records;

	private final org.springframework.context.ApplicationEventPublisher events;

	AwardDecisions(ClusterService clusters, RankingService rankings, RulesService rules, AuditService audit,
			EntityManager entityManager, JdbcTemplate jdbc, java.time.Clock clock,
			org.springframework.beans.factory.ObjectProvider<UnitRecords> records,
			org.springframework.context.ApplicationEventPublisher events) {
		this.records = records;
		this.events = events;
		this.clusters = clusters;
		this.rankings = rankings;
		this.rules = rules;
		this.audit = audit;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A cluster's proposal and the department's review of it.
	 *
	 * @param key the form key {@code closing_award_unit}
	 * @param closingId the closing
	 * @param clusterId the cluster
	 * @param clusterName its name
	 * @param unitId the unit proposed
	 * @param unitName its name
	 * @param award the award code
	 * @param awardName the award's name in the year's rules
	 * @param rank the unit's rank in the cluster's year ranking
	 * @param total its annual score
	 * @param bandName its classification
	 * @param votes the ballots for it
	 * @param ballotsValid the valid ballots
	 * @param accepted the review so far (accepted unless trimmed)
	 * @param reason the council's reason for trimming, or {@code null}
	 * @param prior the award's conditions on earlier years as the unit meets them, or
	 * {@code null} where the award has none
	 * @param outsideRules whether the vote carried a unit whose band or rank does not
	 * meet the award's conditions in the year's rules
	 */
	public record Proposal(String key, long closingId, long clusterId, String clusterName, long unitId, String unitName,
			String award, String awardName, int rank, BigDecimal total, String bandName, int votes, int ballotsValid,
			boolean accepted, String reason, UnitRecords.Condition prior, boolean outsideRules) {
	}

	/**
	 * A cluster of the year on the decision page.
	 *
	 * @param cluster the cluster
	 * @param closing its closing, or {@code null} when not opened
	 * @param proposals its proposals once closed
	 */
	public record ClusterRow(Cluster cluster, ClusterClosing closing, List<Proposal> proposals) {

		public boolean isClosed() {
			return this.closing != null && this.closing.isClosed();
		}

	}

	/**
	 * The decision page.
	 *
	 * @param year the year
	 * @param rows the clusters of the year
	 * @param standing the finalized list, or {@code null}
	 * @param mayReview staff or director, before finalization
	 * @param mayFinalize the director
	 */
	public record Page(int year, List<ClusterRow> rows, AwardDecision standing, boolean mayReview,
			boolean mayFinalize) {

		public List<Proposal> proposals() {
			return this.rows.stream().flatMap((r) -> r.proposals().stream()).toList();
		}

		public List<String> notClosed() {
			return this.rows.stream().filter((r) -> !r.isClosed()).map((r) -> r.cluster().getName()).toList();
		}

	}

	public Page page(CurrentUser user, int year) {
		requireDepartment(user);
		List<ClusterRow> rows = rows(user, year);
		AwardDecision standing = standing(user.provinceId(), year).orElse(null);
		boolean reviewer = user.hasRole(Role.DIRECTOR) || user.hasRole(Role.STAFF);
		return new Page(year, rows, standing, reviewer && standing == null,
				user.hasRole(Role.DIRECTOR) && standing == null);
	}

	/** The finalized list of the year, for the exports. */
	public Optional<AwardDecision> standing(CurrentUser user, int year) {
		requireDepartment(user);
		return standing(user.provinceId(), year);
	}

	/**
	 * Saves the reviews (staff or director); with {@code finalize}, the director also
	 * finalizes the list. A trim without a reason, or a finalization while a cluster is
	 * still open without a note, is refused and nothing is saved.
	 */
	@Transactional
	public boolean review(CurrentUser user, int year, ReviewForm form, boolean finalize, Errors errors) {
		if (!user.hasRole(Role.DIRECTOR) && !user.hasRole(Role.STAFF)) {
			throw new AccessDeniedException("Only the department's staff and director review proposals");
		}
		if (finalize && !user.hasRole(Role.DIRECTOR)) {
			throw new AccessDeniedException("Only the director finalizes the award list");
		}
		if (standing(user.provinceId(), year).isPresent()) {
			errors.reject("awards.error.finalized");
			return false;
		}
		List<ClusterRow> rows = rows(user, year);
		List<Proposal> proposals = rows.stream().flatMap((r) -> r.proposals().stream()).toList();
		List<Proposal> reviewed = new ArrayList<>();
		for (Proposal proposal : proposals) {
			String decision = form.getDecisions().get(proposal.key());
			boolean accepted = !"false".equals(decision);
			String reason = form.getReasons().get(proposal.key());
			reason = (reason == null || reason.isBlank()) ? null : reason.strip();
			if (!accepted && reason == null) {
				errors.rejectValue("reasons[" + proposal.key() + "]", "awards.reasonRequired");
			}
			reviewed.add(new Proposal(proposal.key(), proposal.closingId(), proposal.clusterId(),
					proposal.clusterName(), proposal.unitId(), proposal.unitName(), proposal.award(),
					proposal.awardName(), proposal.rank(), proposal.total(), proposal.bandName(), proposal.votes(),
					proposal.ballotsValid(), accepted, reason, proposal.prior(), proposal.outsideRules()));
		}
		List<String> notClosed = rows.stream().filter((r) -> !r.isClosed()).map((r) -> r.cluster().getName()).toList();
		String note = (form.getNote() == null || form.getNote().isBlank()) ? null : form.getNote().strip();
		if (finalize && rows.isEmpty()) {
			errors.reject("awards.error.noClusters");
		}
		if (finalize && !notClosed.isEmpty() && note == null) {
			errors.rejectValue("note", "awards.noteRequired", new Object[] { String.join(", ", notClosed) }, null);
		}
		if (errors.hasErrors()) {
			return false;
		}
		Instant now = this.clock.instant();
		for (Proposal proposal : reviewed) {
			this.jdbc.update("insert into award_reviews (closing_id, award, unit_id, accepted, reason, reviewed_by, "
					+ "reviewed_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (closing_id, award, unit_id) do update "
					+ "set accepted = excluded.accepted, reason = excluded.reason, reviewed_by = excluded.reviewed_by, "
					+ "reviewed_at = excluded.reviewed_at", proposal.closingId(), proposal.award(), proposal.unitId(),
					proposal.accepted(), proposal.reason(), user.id(), java.sql.Timestamp.from(now));
		}
		long trimmed = reviewed.stream().filter((p) -> !p.accepted()).count();
		if (!finalize) {
			this.audit.record(user, "AWARDS_REVIEWED", ENTITY, year,
					this.audit.words("trail.awards.reviewed", year, reviewed.size() - trimmed, trimmed));
			return true;
		}
		AwardDecision decision = new AwardDecision(user.provinceId(), year, now, user.id(), note);
		reviewed.forEach((p) -> decision.getItems().add(new AwardDecision.Item(p)));
		this.entityManager.persist(decision);
		rows.stream().filter(ClusterRow::isClosed).forEach((r) -> {
			r.closing().decide();
			this.events.publishEvent(new vn.thidua.cluster.ClusterEvent(
					vn.thidua.cluster.ClusterEvent.Kind.AWARDS_FINALIZED, r.cluster().getId(), year,
					outcome(reviewed.stream().filter((p) -> p.clusterId() == r.cluster().getId()).toList())));
		});
		this.audit.record(user, "AWARDS_FINALIZED", ENTITY, year,
				this.audit.words("trail.awards.finalized", year, reviewed.size() - trimmed, trimmed, notClosed.isEmpty()
						? "" : this.audit.words("trail.awards.notClosed", String.join(", ", notClosed), note)));
		return true;
	}

	/**
	 * A cluster's part of the finalized list in words: what was accepted, and what was
	 * not with the council's reason.
	 */
	String outcome(List<Proposal> proposals) {
		List<String> accepted = proposals.stream()
			.filter(Proposal::accepted)
			.map((p) -> this.audit.words("trail.awards.outcome.unit", p.awardName(), p.unitName()))
			.toList();
		List<String> trimmed = proposals.stream()
			.filter((p) -> !p.accepted())
			.map((p) -> this.audit.words("trail.awards.outcome.trimmedUnit", p.awardName(), p.unitName(), p.reason()))
			.toList();
		String text = accepted.isEmpty() ? this.audit.words("trail.awards.outcome.none")
				: this.audit.words("trail.awards.outcome.accepted", String.join("; ", accepted));
		return trimmed.isEmpty() ? text
				: text + " " + this.audit.words("trail.awards.outcome.trimmed", String.join("; ", trimmed));
	}

	/**
	 * The director reopens the finalized list with a reason: the closings are closed
	 * again.
	 */
	@Transactional
	public boolean reopen(CurrentUser user, int year, String reason, Errors errors) {
		if (!user.hasRole(Role.DIRECTOR)) {
			throw new AccessDeniedException("Only the director reopens the award list");
		}
		Optional<AwardDecision> standing = standing(user.provinceId(), year);
		if (standing.isEmpty()) {
			errors.reject("awards.error.notFinalized");
			return false;
		}
		if (reason == null || reason.isBlank()) {
			errors.reject("awards.reopen.reason");
			return false;
		}
		standing.get().reopen(this.clock.instant(), user.id(), reason.strip());
		rows(user, year).stream()
			.filter((r) -> r.closing() != null && r.closing().getStatus() == ClosingStatus.DECIDED)
			.forEach((r) -> r.closing().undecide());
		this.audit.record(user, "AWARDS_REOPENED", ENTITY, year,
				this.audit.words("trail.awards.reopened", year, reason.strip()));
		return true;
	}

	private List<ClusterRow> rows(CurrentUser user, int year) {
		List<Cluster> all = this.clusters.clustersOf(user.provinceId(), year);
		if (all.isEmpty()) {
			return List.of();
		}
		Rules rules = this.rules.current(user.provinceId(), year);
		Map<Long, ClusterRanking> rankings = this.rankings.view(user, year, null)
			.clusters()
			.stream()
			.collect(Collectors.toMap(ClusterRanking::clusterId, Function.identity()));
		Map<Long, ClusterClosing> closings = this.entityManager
			.createQuery(
					"select distinct c from ClusterClosing c left join fetch c.candidates where c.cluster.id in ?1",
					ClusterClosing.class)
			.setParameter(1, all.stream().map(Cluster::getId).toList())
			.getResultStream()
			.collect(Collectors.toMap((c) -> c.getCluster().getId(), Function.identity()));
		Map<String, Object[]> reviews = new HashMap<>();
		List<Long> closingIds = closings.values().stream().map(ClusterClosing::getId).toList();
		if (!closingIds.isEmpty()) {
			this.jdbc.query(
					"select closing_id, award, unit_id, accepted, reason from award_reviews where closing_id = any(?)",
					(java.sql.ResultSet rs) -> {
						reviews.put(rs.getLong(1) + "_" + rs.getString(2) + "_" + rs.getLong(3),
								new Object[] { rs.getBoolean(4), rs.getString(5) });
					}, (Object) closingIds.toArray(Long[]::new));
		}
		// the awards' conditions on earlier years, judged for all their candidates at
		// once
		Map<String, Map<Long, UnitRecords.Condition>> conditions = new HashMap<>();
		for (Rules.AwardRule award : rules.awards()) {
			List<Long> candidates = closings.values()
				.stream()
				.filter(ClusterClosing::isClosed)
				.flatMap((c) -> c.getCandidates().stream())
				.filter((k) -> k.getAward().equals(award.code()))
				.map(CandidateRow::getUnitId)
				.distinct()
				.toList();
			if (award.prior() != null && !candidates.isEmpty()) {
				conditions.put(award.code(), this.records.getObject().check(user, candidates, year, award.prior()));
			}
		}
		List<ClusterRow> rows = new ArrayList<>();
		for (Cluster cluster : all) {
			ClusterClosing closing = closings.get(cluster.getId());
			ClusterRanking ranking = rankings.get(cluster.getId());
			List<Proposal> proposals = new ArrayList<>();
			if (closing != null && closing.isClosed() && ranking != null && closing.getBallotsValid() != null) {
				Map<Long, RankedUnit> ranked = ranking.rows()
					.stream()
					.collect(Collectors.toMap(RankedUnit::unitId, Function.identity()));
				for (VoteCount.Outcome outcome : carried(closing, ranking, rules)) {
					VoteCount.Candidate candidate = outcome.candidate();
					RankedUnit row = ranked.get(candidate.unitId());
					String key = closing.getId() + "_" + candidate.award() + "_" + candidate.unitId();
					Object[] review = reviews.get(key);
					proposals.add(new Proposal(key, closing.getId(), cluster.getId(), cluster.getName(),
							candidate.unitId(), candidate.name(), candidate.award(),
							rules.award(candidate.award()).map(Rules.AwardRule::name).orElse(candidate.award()),
							candidate.rank(), (row != null) ? row.total() : BigDecimal.ZERO,
							(row != null) ? rules.bandName(row.classification().name()) : "—", candidate.votes(),
							closing.getBallotsValid(), (review == null) || (Boolean) review[0],
							(review != null) ? (String) review[1] : null,
							conditions.getOrDefault(candidate.award(), Map.of()).get(candidate.unitId()),
							row == null || row.isExcluded()
									|| !rules.qualifies(candidate.award(), row.classification().name(), row.rank())));
				}
			}
			rows.add(new ClusterRow(cluster, closing, proposals));
		}
		return rows;
	}

	@Override
	public vn.thidua.ranking.Proposals proposals(long provinceId, vn.thidua.ranking.RankingView view) {
		java.util.Set<Long> decidedClusters = new java.util.HashSet<>();
		Map<Long, Map<Long, String>> voted = voted(view.clusters(), view.rules(), decidedClusters);
		return new vn.thidua.ranking.Proposals(of(provinceId, view.year()).orElse(null), decidedClusters, voted);
	}

	/**
	 * By cluster whose closing conference is over: the award its vote carried, by unit;
	 * the clusters whose closing the decision took into {@code decided}.
	 */
	private Map<Long, Map<Long, String>> voted(List<ClusterRanking> rankings, Rules rules,
			java.util.Set<Long> decided) {
		Map<Long, ClusterRanking> byCluster = rankings.stream()
			.collect(Collectors.toMap(ClusterRanking::clusterId, Function.identity()));
		if (byCluster.isEmpty()) {
			return Map.of();
		}
		Map<Long, Map<Long, String>> voted = new HashMap<>();
		this.entityManager
			.createQuery("select distinct c from ClusterClosing c left join fetch c.candidates "
					+ "where c.cluster.id in ?1 and c.status in ?2", ClusterClosing.class)
			.setParameter(1, byCluster.keySet())
			.setParameter(2, List.of(ClosingStatus.CLOSED, ClosingStatus.DECIDED))
			.getResultStream()
			.forEach((closing) -> {
				long clusterId = closing.getCluster().getId();
				if (closing.getStatus() == ClosingStatus.DECIDED) {
					decided.add(clusterId);
				}
				Map<Long, String> awards = new HashMap<>();
				for (VoteCount.Outcome outcome : carried(closing, byCluster.get(clusterId), rules)) {
					awards.putIfAbsent(outcome.candidate().unitId(), outcome.candidate().award());
				}
				voted.put(clusterId, awards);
			});
		return voted;
	}

	/**
	 * The candidates a closed closing's vote carried (none before the ballots are
	 * counted).
	 */
	static List<VoteCount.Outcome> carried(ClusterClosing closing, ClusterRanking ranking, Rules rules) {
		if (ranking == null || closing.getBallotsValid() == null) {
			return List.of();
		}
		return VoteCount
			.count(ClosingService.candidates(closing, ranking), closing.getBallotsValid(), rules, ranking.rows().size())
			.stream()
			.filter(VoteCount.Outcome::proposed)
			.toList();
	}

	@Override
	public Optional<Map<Long, String>> of(long provinceId, int year) {
		return standing(provinceId, year).map((d) -> d.getAccepted()
			.stream()
			.collect(Collectors.toMap(AwardDecision.Item::getUnitId, AwardDecision.Item::getAward, (a, b) -> a)));
	}

	private Optional<AwardDecision> standing(long provinceId, int year) {
		return this.entityManager
			.createQuery(
					"select d from AwardDecision d left join fetch d.items where d.provinceId = ?1 and d.year = ?2 "
							+ "and d.reopenedAt is null",
					AwardDecision.class)
			.setParameter(1, provinceId)
			.setParameter(2, year)
			.getResultStream()
			.findFirst();
	}

	private static void requireDepartment(CurrentUser user) {
		if (!user.role().isDepartment()) {
			throw new AccessDeniedException("The award decision is the department's");
		}
	}

}
