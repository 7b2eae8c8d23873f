package vn.thidua.closing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.cluster.NextLeaders;
import vn.thidua.unit.Unit;
import vn.thidua.meeting.MeetingService;
import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.ranking.RankingService;
import vn.thidua.rules.Rules;
import vn.thidua.rules.RulesService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Role;

/**
 * The closing of a cluster-year, run by the leader of that cluster-year: opened with the
 * rules' default candidates (each award's eligible ranks and band, never an excluded
 * unit), candidates added with a reason, the paper ballots recorded, next year's leader
 * and deputy elected, then closed with the result by the rules ({@link VoteCount}).
 * Members and the department read it; other provinces get 404. Everything audited.
 */
@Service
@Transactional(readOnly = true)
public class ClosingService implements NextLeaders {

	static final String ENTITY = "ClusterClosing";

	private final ClusterService clusters;

	private final RankingService rankings;

	private final RulesService rules;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final java.time.Clock clock;

	private final Ballots ballots;

	private final Scans scans;

	private final MeetingService meetings;

	private final org.springframework.beans.factory.ObjectProvider<vn.thidua.ranking.RegisteredTitles> titles;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final org.springframework.beans.factory.ObjectProvider<UnitRecords> records;

	ClosingService(ClusterService clusters, RankingService rankings, RulesService rules, AuditService audit,
			EntityManager entityManager, java.time.Clock clock, Ballots ballots, Scans scans, MeetingService meetings,
			org.springframework.beans.factory.ObjectProvider<vn.thidua.ranking.RegisteredTitles> titles,
			org.springframework.context.ApplicationEventPublisher events,
			org.springframework.beans.factory.ObjectProvider<UnitRecords> records) {
		this.records = records;
		this.events = events;
		this.titles = titles;
		this.meetings = meetings;
		this.ballots = ballots;
		this.scans = scans;
		this.clusters = clusters;
		this.rankings = rankings;
		this.rules = rules;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * What the closing page shows.
	 *
	 * @param cluster the cluster-year
	 * @param ranking its year ranking
	 * @param rules the rules of the year
	 * @param closing the closing, or {@code null} before it is opened
	 * @param outcomes the vote result so far (empty before counting)
	 * @param mayRun whether the user leads this cluster-year
	 * @param missing the periods still without an approved report, per unit ("Quỳnh Lưu:
	 * Quý IV")
	 * @param voters who has voted in the app, by name, with the time
	 * @param mayVote whether the user's unit may cast its ballot now
	 * @param hasVoted whether the user's unit has cast its ballot
	 * @param scans the signed scans uploaded
	 * @param mayReopen whether the user (the department) may reopen the closed closing
	 * @param titles the title each member registered in the year's covenant
	 * @param covenant whether the cluster opened a covenant for the year (a member that
	 * registered no title is then flagged)
	 * @param conditions how each candidate meets its award's conditions on earlier years,
	 * by award and unit ({@link #condition})
	 * @param decided the department's finalized decision on this cluster's proposals, or
	 * {@code null} before it
	 */
	public record Page(Cluster cluster, ClusterRanking ranking, Rules rules, ClusterClosing closing,
			List<VoteCount.Outcome> outcomes, boolean mayRun, List<String> missing, List<Voted> voters, boolean mayVote,
			boolean hasVoted, List<Scans.Scan> scans, boolean mayReopen, Map<Long, String> titles, boolean covenant,
			Map<String, Map<Long, UnitRecords.Condition>> conditions, Decided decided) {

		/**
		 * How the candidate meets the award's conditions on earlier years; {@code null}
		 * where the award has none.
		 */
		public UnitRecords.Condition condition(String award, long unitId) {
			return this.conditions.getOrDefault(award, Map.of()).get(unitId);
		}

		public String name(long unitId) {
			return this.cluster.getSortedMembers()
				.stream()
				.filter((d) -> d.getId() == unitId)
				.map(Unit::getName)
				.findFirst()
				.orElse("?");
		}

		/** How many candidates of the award one ballot may mark (the rules' quota). */
		public int quota(String award) {
			return this.rules.award(award).map((a) -> a.quota(this.cluster.getMemberCount())).orElse(0);
		}

		/**
		 * Whether the quota limits a ballot: fewer places than the award's candidates.
		 */
		public boolean limits(String award) {
			return quota(award) < positions(award).size();
		}

		/** The candidates' positions of an award, in the candidates' order. */
		public List<Integer> positions(String award) {
			List<Integer> positions = new ArrayList<>();
			for (int i = 0; i < this.closing.getCandidates().size(); i++) {
				if (this.closing.getCandidates().get(i).getAward().equals(award)) {
					positions.add(i);
				}
			}
			return positions;
		}

		/**
		 * The vote result of the candidate at {@code index}, or {@code null} before
		 * counting.
		 */
		public VoteCount.Outcome outcome(int index) {
			CandidateRow row = this.closing.getCandidates().get(index);
			return this.outcomes.stream()
				.filter((o) -> o.candidate().award().equals(row.getAward())
						&& o.candidate().unitId() == row.getUnitId())
				.findFirst()
				.orElse(null);
		}

		/** The members that have not voted yet, by name (never how anyone voted). */
		public List<String> notVoted() {
			java.util.Set<String> voted = new java.util.HashSet<>(this.voters.stream().map(Voted::name).toList());
			return this.cluster.getSortedMembers()
				.stream()
				.map(Unit::getName)
				.filter((n) -> !voted.contains(n))
				.toList();
		}

		/** The quorum of the awards voted on, or {@code null} when none applies. */
		public Rules.AwardRule quorumRule() {
			return (this.closing != null)
					? strictestQuorum(this.closing, this.rules, this.cluster.getMemberCount()).orElse(null) : null;
		}

		/**
		 * The year's awards no member qualifies for by the rules (its lowest band and its
		 * ranks): said when the closing has no candidate for them, so an empty list has
		 * its reason.
		 */
		public List<Rules.AwardRule> unmet() {
			return this.rules.awards()
				.stream()
				.filter((a) -> this.ranking.rows()
					.stream()
					.noneMatch((r) -> !r.isExcluded()
							&& this.rules.qualifies(a.code(), r.classification().name(), r.rank())))
				.toList();
		}

		/**
		 * Whether the candidate is outside the year's rules for its award (a band or rank
		 * below the award's, or a unit not ranked).
		 */
		public boolean outsideRules(String award, long unitId) {
			return this.ranking.rows()
				.stream()
				.filter((r) -> r.unitId() == unitId)
				.findFirst()
				.map((r) -> r.isExcluded() || !this.rules.qualifies(award, r.classification().name(), r.rank()))
				.orElse(true);
		}

		public boolean hasScan(String kind) {
			return this.scans.stream().anyMatch((s) -> s.kind().name().equals(kind));
		}

	}

	/**
	 * The department's finalized decision as the cluster reads it.
	 *
	 * @param finalizedAt when the director finalized the list
	 * @param items the cluster's proposals, accepted or not with the council's reason
	 */
	public record Decided(java.time.Instant finalizedAt, List<AwardDecision.Item> items) {

		public List<AwardDecision.Item> accepted() {
			return this.items.stream().filter(AwardDecision.Item::isAccepted).toList();
		}

		public List<AwardDecision.Item> notAccepted() {
			return this.items.stream().filter((i) -> !i.isAccepted()).toList();
		}

	}

	/**
	 * A member that has voted.
	 *
	 * @param name the unit
	 * @param votedOn the day (never a finer time)
	 */
	public record Voted(String name, java.time.LocalDate votedOn) {
	}

	public Page page(CurrentUser user, long clusterId) {
		Cluster cluster = visible(user, clusterId);
		ClusterRanking ranking = ranking(user, cluster);
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		ClusterClosing closing = find(clusterId).orElse(null);
		List<VoteCount.Outcome> outcomes = (closing != null && closing.getBallotsValid() != null) ? VoteCount.count(
				candidates(closing, ranking), closing.getBallotsValid(), rules, cluster.getMemberCount()) : List.of();
		List<Voted> voters = List.of();
		boolean hasVoted = false;
		List<Scans.Scan> scans = List.of();
		if (closing != null) {
			List<Ballots.Voter> cast = this.ballots.voters(closing.getId());
			voters = cast.stream()
				.map((v) -> new Voted(name(cluster, v.unitId()), v.votedOn()))
				.sorted(vn.thidua.shared.VietnameseCollation.comparing(Voted::name))
				.toList();
			hasVoted = user.unitId() != null && cast.stream().anyMatch((v) -> v.unitId() == user.unitId());
			scans = this.scans.list(closing.getId());
		}
		boolean member = user.unitId() != null && cluster.hasMember(user.unitId()) && !user.role().isDepartment();
		boolean mayVote = member && closing != null && closing.isVoting() && !hasVoted;
		boolean mayReopen = closing != null && closing.getStatus() == ClosingStatus.CLOSED
				&& (user.hasRole(Role.DIRECTOR) || user.hasRole(Role.STAFF));
		vn.thidua.ranking.RegisteredTitles registered = this.titles.getIfAvailable();
		boolean covenant = registered != null
				&& registered.clustersWithCovenant(user.provinceId(), cluster.getYear()).contains(cluster.getId());
		Map<String, Map<Long, UnitRecords.Condition>> conditions = new java.util.HashMap<>();
		if (closing != null) {
			for (Rules.AwardRule rule : rules.awards()) {
				List<Long> candidates = closing.getCandidates()
					.stream()
					.filter((k) -> k.getAward().equals(rule.code()))
					.map(CandidateRow::getUnitId)
					.toList();
				conditions.put(rule.code(), conditions(user, candidates, cluster.getYear(), rule));
			}
		}
		return new Page(cluster, ranking, rules, closing, outcomes, leads(user, cluster), missing(ranking, rules),
				voters, mayVote, hasVoted, scans, mayReopen,
				covenant ? registered.of(user.provinceId(), cluster.getYear()) : Map.of(), covenant, conditions,
				(closing != null && closing.getStatus() == ClosingStatus.DECIDED) ? decided(user.provinceId(), cluster)
						: null);
	}

	private Decided decided(long provinceId, Cluster cluster) {
		return this.entityManager
			.createQuery("select d from AwardDecision d left join fetch d.items where d.provinceId = ?1 "
					+ "and d.year = ?2 and d.reopenedAt is null", AwardDecision.class)
			.setParameter(1, provinceId)
			.setParameter(2, cluster.getYear())
			.getResultStream()
			.findFirst()
			.map((d) -> new Decided(d.getFinalizedAt(),
					d.getItems().stream().filter((i) -> i.getClusterId() == cluster.getId()).toList()))
			.orElse(null);
	}

	/**
	 * The periods without an approved report of each unit that is not excluded: the
	 * results are final when this is empty (or the leader acknowledged it).
	 */
	static List<String> missing(ClusterRanking ranking, Rules rules) {
		List<String> missing = new ArrayList<>();
		for (RankedUnit row : ranking.rows()) {
			if ((!row.isExcluded() || row.isUnreported()) && !row.missingQuarters().isEmpty()) {
				missing.add(row.unitName() + ": "
						+ String.join(", ", row.missingQuarters().stream().map(rules::periodName).toList()));
			}
		}
		return missing;
	}

	/** The leader opens the closing with the rules' default candidates. */
	@Transactional
	public void open(CurrentUser user, long clusterId) {
		Cluster cluster = led(user, clusterId);
		if (find(clusterId).isPresent()) {
			return;
		}
		ClusterRanking ranking = ranking(user, cluster);
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		ClusterClosing closing = new ClusterClosing(cluster);
		for (Rules.AwardRule rule : rules.awards()) {
			List<Long> eligible = ranking.rows()
				.stream()
				.filter((row) -> !row.isExcluded() && row.rank() >= rule.rankFrom() && row.rank() <= rule.rankTo()
						&& rules.atLeast(row.classification().name(), rule.minBand()))
				.map(RankedUnit::unitId)
				.toList();
			Map<Long, UnitRecords.Condition> prior = conditions(user, eligible, cluster.getYear(), rule);
			for (long unitId : eligible) {
				if (prior.get(unitId) == null || prior.get(unitId).met()) {
					closing.add(rule.code(), unitId, null);
				}
			}
		}
		this.entityManager.persist(closing);
		this.audit.record(user, "CLOSING_OPENED", ENTITY, closing.getId(), this.audit.words("trail.closing.opened",
				cluster.getName(), cluster.getYear(), closing.getCandidates().size()));
	}

	/**
	 * How units meet an award's conditions on their (and their predecessors') earlier
	 * years; none for an award without such conditions. A unit that does not meet them is
	 * no default candidate (the leader may still add it, with a reason; the closing page
	 * and the department's page flag it).
	 */
	Map<Long, UnitRecords.Condition> conditions(CurrentUser user, List<Long> unitIds, int year, Rules.AwardRule rule) {
		if (rule.prior() == null || unitIds.isEmpty()) {
			return Map.of();
		}
		return this.records.getObject().check(user, unitIds, year, rule.prior());
	}

	/**
	 * A candidate outside the default, with a reason; never an excluded unit or a
	 * non-member.
	 */
	@Transactional
	public boolean addCandidate(CurrentUser user, long clusterId, CandidateForm form, Errors errors) {
		Cluster cluster = led(user, clusterId);
		ClusterClosing closing = draft(clusterId);
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		if (form.getAward() == null || rules.award(form.getAward()).isEmpty()) {
			errors.rejectValue("award", "closing.candidate.award");
		}
		if (form.getUnitId() == null || !cluster.hasMember(form.getUnitId())) {
			errors.rejectValue("unitId", "closing.candidate.member");
		}
		else if (rules.exclusions().containsKey(form.getUnitId())) {
			errors.rejectValue("unitId", "closing.candidate.excluded");
		}
		else if (closing.getCandidates()
			.stream()
			.anyMatch((c) -> c.getAward().equals(form.getAward()) && c.getUnitId() == form.getUnitId())) {
			errors.rejectValue("unitId", "closing.candidate.duplicate");
		}
		if (form.getReason() == null || form.getReason().isBlank()) {
			errors.rejectValue("reason", "closing.candidate.reason");
		}
		if (errors.hasErrors()) {
			return false;
		}
		closing.add(form.getAward(), form.getUnitId(), form.getReason().strip());
		this.audit.record(user, "CLOSING_CANDIDATE_ADDED", ENTITY, closing.getId(), this.audit
			.words("trail.closing.candidateAdded", form.getAward(), form.getUnitId(), form.getReason().strip()));
		return true;
	}

	/** The leader records the conference and the ballots; every wrong field at once. */
	@Transactional
	public boolean record(CurrentUser user, long clusterId, ClosingForm form, Errors errors) {
		Cluster cluster = led(user, clusterId);
		ClusterClosing closing = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (closing.isClosed()) {
			throw new AccessDeniedException("A closed closing is read-only");
		}
		if (closing.isVoting()) {
			// the counts are the ballots'; only the conference and the election are
			// entered
			form.setBallotsCast(closing.getBallotsCast());
			form.setBallotsValid(closing.getBallotsValid());
			form.setVotes(new ArrayList<>(closing.getCandidates().stream().map(CandidateRow::getVotes).toList()));
		}
		if (closing.getVersion() != form.getVersion()) {
			errors.reject("closing.error.stale");
			return false;
		}
		Integer cast = form.getBallotsCast();
		Integer valid = form.getBallotsValid();
		if (cast != null && (cast < 0 || cast > cluster.getMemberCount() * 10)) {
			errors.rejectValue("ballotsCast", "closing.ballots.cast");
		}
		if (valid != null && (valid < 0 || (cast != null && valid > cast))) {
			errors.rejectValue("ballotsValid", "closing.ballots.valid");
		}
		for (int i = 0; i < closing.getCandidates().size(); i++) {
			Integer votes = (i < form.getVotes().size()) ? form.getVotes().get(i) : null;
			if (votes != null && (votes < 0 || (valid != null && votes > valid))) {
				errors.rejectValue("votes[" + i + "]", "closing.votes.range");
			}
		}
		Unit leader = member(cluster, form.getNextLeaderId(), "nextLeaderId", errors);
		Unit deputy = member(cluster, form.getNextDeputyId(), "nextDeputyId", errors);
		if (leader != null && deputy != null && leader.getId().equals(deputy.getId())) {
			errors.rejectValue("nextDeputyId", "closing.deputy.same");
		}
		if (errors.hasErrors()) {
			return false;
		}
		closing.record(form.getHeldOn(), (form.getPlace() != null) ? form.getPlace().strip() : null, cast, valid,
				leader, deputy);
		for (int i = 0; i < closing.getCandidates().size(); i++) {
			closing.getCandidates().get(i).count((i < form.getVotes().size()) ? form.getVotes().get(i) : null);
		}
		if (closing.getHeldOn() != null) {
			this.meetings.recordClosingConference(user, closing.getId(), cluster, closing.getHeldOn(),
					closing.getPlace(), null);
		}
		this.audit.record(user, "CLOSING_RECORDED", ENTITY, closing.getId(),
				this.audit.words("trail.closing.recorded", cluster.getName(), cluster.getYear(), valid, cast));
		return true;
	}

	/**
	 * The leader acknowledges the periods still without an approved report, with a note:
	 * the vote may then go on with the results as they stand.
	 */
	@Transactional
	public boolean acknowledge(CurrentUser user, long clusterId, String note, Errors errors) {
		Cluster cluster = led(user, clusterId);
		ClusterClosing closing = draft(clusterId);
		if (note == null || note.isBlank()) {
			errors.reject("closing.missing.noteRequired");
			return false;
		}
		closing.acknowledgeMissing(note.strip());
		this.audit.record(user, "CLOSING_MISSING_ACKNOWLEDGED", ENTITY, closing.getId(), this.audit
			.words("trail.closing.missingAcknowledged", cluster.getYear(), cluster.getName(), note.strip()));
		return true;
	}

	/**
	 * The leader opens the voting window: the members cast their secret ballots in the
	 * app. The results must be final (or the missing periods acknowledged) and there must
	 * be candidates; a new round (after a reopening) clears the earlier ballots.
	 */
	@Transactional
	public boolean openVoting(CurrentUser user, long clusterId, Errors errors) {
		Cluster cluster = led(user, clusterId);
		ClusterClosing closing = draft(clusterId);
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		if (closing.getCandidates().isEmpty()) {
			errors.reject("closing.voting.noCandidates");
		}
		requireFinalResults(user, cluster, closing, rules, errors);
		if (errors.hasErrors()) {
			return false;
		}
		vn.thidua.closing.ballot.BallotKeys.Round round = this.ballots.newRound(closing.getId());
		closing.openVoting(this.clock.instant(), round.keyId(), round.publicKey());
		this.audit.record(user, "CLOSING_VOTING_OPENED", ENTITY, closing.getId(), this.audit
			.words("trail.closing.votingOpened", cluster.getName(), cluster.getYear(), closing.getCandidates().size()));
		this.events.publishEvent(new vn.thidua.cluster.ClusterEvent(vn.thidua.cluster.ClusterEvent.Kind.VOTING_OPENED,
				clusterId, cluster.getYear()));
		return true;
	}

	/**
	 * A member unit casts its one secret ballot: at most the award's quota of marks per
	 * award; who voted is recorded, what it voted is kept apart without a name or a time;
	 * a second ballot of the same unit is refused.
	 */
	@Transactional
	public boolean vote(CurrentUser user, long clusterId, BallotForm form, Errors errors) {
		Cluster cluster = visible(user, clusterId);
		if (user.role().isDepartment() || user.unitId() == null || !cluster.hasMember(user.unitId())) {
			throw new AccessDeniedException("Only the cluster's members vote");
		}
		// a ballot and the closing of the window exclude each other: counted, or refused
		this.ballots.lock(clusterId, false);
		ClusterClosing closing = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (!closing.isVoting()) {
			errors.reject(closing.isClosed() ? "closing.ballot.closed" : "closing.ballot.notOpen");
			return false;
		}
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		List<Integer> marks = form.getChoices().stream().distinct().toList();
		Map<String, Integer> perAward = new java.util.HashMap<>();
		for (Integer position : marks) {
			if (position == null || position < 0 || position >= closing.getCandidates().size()) {
				errors.reject("closing.ballot.unknown");
				return false;
			}
			perAward.merge(closing.getCandidates().get(position).getAward(), 1, Integer::sum);
		}
		for (Rules.AwardRule rule : rules.awards()) {
			int quota = rule.quota(cluster.getMemberCount());
			if (perAward.getOrDefault(rule.code(), 0) > quota) {
				errors.rejectValue("choices", "closing.ballot.overQuota", new Object[] { rule.name(), quota }, null);
			}
		}
		if (errors.hasErrors()) {
			return false;
		}
		if (!this.ballots.cast(closing.getId(), user.unitId(), user.id(), java.time.LocalDate.now(this.clock),
				closing.getBallotPublicKey(), marks)) {
			errors.reject("closing.ballot.already");
			return false;
		}
		// no audit event per ballot: its time and order would link it to the sealed
		// ballot; who voted is recorded (by day) and audited with the count
		return true;
	}

	/**
	 * Closes: the counts complete (the paper ballots entered, or the app's ballots
	 * counted when the voting window closes), next year's leader elected, the results
	 * final; read-only afterwards.
	 */
	@Transactional
	public boolean close(CurrentUser user, long clusterId, Errors errors) {
		Cluster cluster = led(user, clusterId);
		// no ballot is cast while the window closes: the count has every acknowledged one
		this.ballots.lock(clusterId, true);
		ClusterClosing closing = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (closing.isClosed()) {
			throw new AccessDeniedException("A closed closing is read-only");
		}
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		List<Ballots.Voter> voters = closing.isVoting() ? this.ballots.voters(closing.getId()) : List.of();
		if (closing.isVoting()) {
			if (voters.isEmpty()) {
				errors.reject("closing.close.noBallots");
			}
			else {
				requireQuorum(closing, rules, cluster.getMemberCount(), voters.size(), errors);
			}
			if (closing.getHeldOn() == null) {
				errors.reject("closing.close.noDate");
			}
		}
		else {
			if (closing.getHeldOn() == null || closing.getBallotsValid() == null || closing.getBallotsValid() == 0
					|| closing.getCandidates().stream().anyMatch((c) -> c.getVotes() == null)) {
				errors.reject("closing.close.incomplete");
			}
			else {
				requireQuorum(closing, rules, cluster.getMemberCount(), closing.getBallotsCast(), errors);
			}
			requireFinalResults(user, cluster, closing, rules, errors);
		}
		if (closing.getNextLeader() == null) {
			errors.reject("closing.close.noLeader");
		}
		if (errors.hasErrors()) {
			return false;
		}
		String turnout = "";
		if (closing.isVoting()) {
			Optional<Ballots.Counted> counted = this.ballots.count(closing.getId(), closing.getBallotKeyId(),
					closing.getCandidates().size());
			if (counted.isEmpty()) {
				errors.reject("closing.close.keyMissing");
				return false;
			}
			closing.countBallots(counted.get().cast(), counted.get().valid(), counted.get().votes());
			turnout = this.audit.words("trail.closing.turnout", voters.size(), cluster.getMemberCount(),
					String.join(", ",
							voters.stream()
								.map((v) -> name(cluster, v.unitId()))
								.sorted(vn.thidua.shared.VietnameseCollation.comparing((String n) -> n))
								.toList()));
		}
		closing.close(this.clock.instant());
		ClusterRanking ranking = ranking(user, cluster);
		List<String> proposed = VoteCount
			.count(candidates(closing, ranking), closing.getBallotsValid(), rules, cluster.getMemberCount())
			.stream()
			.filter(VoteCount.Outcome::proposed)
			.map((o) -> this.audit.words("trail.closing.proposal", o.candidate().name(),
					rules.award(o.candidate().award()).orElseThrow().name(), o.candidate().votes(),
					closing.getBallotsValid()))
			.toList();
		String proposals = proposed.isEmpty() ? this.audit.words("trail.none") : String.join(", ", proposed);
		this.meetings.recordClosingConference(user, closing.getId(), cluster, closing.getHeldOn(), closing.getPlace(),
				this.audit.words("trail.closing.conclusions", proposals, cluster.getYear() + 1,
						closing.getNextLeader().getName(), (closing.getNextDeputy() != null)
								? this.audit.words("trail.closing.deputy", closing.getNextDeputy().getName()) : ""));
		this.audit.record(user, "CLOSING_CLOSED", ENTITY, closing.getId(), this.audit.words("trail.closing.closed",
				cluster.getName(), cluster.getYear(), proposals, closing.getNextLeader().getName(), turnout));
		return true;
	}

	/**
	 * The department reopens a closed closing, with a reason: back to the leader's draft
	 * (the counts stay; a new in-app round clears the ballots). A decided closing is
	 * reopened by reopening the award decision first.
	 */
	@Transactional
	public boolean reopen(CurrentUser user, long clusterId, String reason, Errors errors) {
		if (!user.hasRole(Role.DIRECTOR) && !user.hasRole(Role.STAFF)) {
			throw new AccessDeniedException("Only the department reopens a closing");
		}
		Cluster cluster = visible(user, clusterId);
		ClusterClosing closing = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (closing.getStatus() != ClosingStatus.CLOSED) {
			errors.reject((closing.getStatus() == ClosingStatus.DECIDED) ? "closing.reopen.decided"
					: "closing.reopen.notClosed");
			return false;
		}
		if (reason == null || reason.isBlank()) {
			errors.reject("closing.reopen.reason");
			return false;
		}
		closing.reopen(reason.strip());
		this.audit.record(user, "CLOSING_REOPENED", ENTITY, closing.getId(),
				this.audit.words("trail.closing.reopened", cluster.getName(), cluster.getYear(), reason.strip()));
		return true;
	}

	/** The leader uploads the signed scan of the minutes or the proposal (PDF). */
	@Transactional
	public Optional<String> uploadScan(CurrentUser user, long clusterId, Scans.Kind kind, String fileName,
			byte[] content) {
		Cluster cluster = led(user, clusterId);
		ClusterClosing closing = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (!closing.isClosed()) {
			return Optional.of("closing.scan.notClosed");
		}
		Optional<String> refusal = Scans.refusal(fileName, content);
		if (refusal.isPresent()) {
			return refusal;
		}
		String name = vn.thidua.shared.document.DownloadName
			.fitting(vn.thidua.shared.document.DownloadName.ascii(fileName), 255);
		this.scans.save(closing.getId(), kind, name, content, user.id(), this.clock.instant());
		this.audit.record(user, "CLOSING_SCAN_UPLOADED", ENTITY, closing.getId(), this.audit
			.words("trail.closing.scanUploaded." + kind.name(), cluster.getName(), cluster.getYear(), name));
		return Optional.empty();
	}

	/** A signed scan, for whoever may see the closing. */
	public Optional<byte[]> scan(CurrentUser user, long clusterId, Scans.Kind kind) {
		visible(user, clusterId);
		return find(clusterId).flatMap((c) -> this.scans.content(c.getId(), kind));
	}

	/**
	 * The quorum of every award voted on: at least its share of the members must have
	 * voted.
	 */
	private static void requireQuorum(ClusterClosing closing, Rules rules, int members, int turnout, Errors errors) {
		Optional<Rules.AwardRule> strictest = strictestQuorum(closing, rules, members);
		if (strictest.isPresent() && turnout < strictest.get().quorum(members)) {
			Rules.AwardRule rule = strictest.get();
			errors.reject("closing.close.quorum",
					new Object[] { rule.quorum(members), members, rule.quorumNum() + "/" + rule.quorumDen(), turnout },
					null);
		}
	}

	/** The award voted on whose quorum asks the most voters. */
	static Optional<Rules.AwardRule> strictestQuorum(ClusterClosing closing, Rules rules, int members) {
		return rules.awards()
			.stream()
			.filter((a) -> closing.getCandidates().stream().anyMatch((c) -> c.getAward().equals(a.code())))
			.max(java.util.Comparator.comparingInt((Rules.AwardRule a) -> a.quorum(members)));
	}

	private static String name(Cluster cluster, long unitId) {
		return cluster.getSortedMembers()
			.stream()
			.filter((d) -> d.getId() == unitId)
			.map(Unit::getName)
			.findFirst()
			.orElse("?");
	}

	private void requireFinalResults(CurrentUser user, Cluster cluster, ClusterClosing closing, Rules rules,
			Errors errors) {
		if (closing.getMissingNote() == null && !missing(ranking(user, cluster), rules).isEmpty()) {
			errors.reject("closing.missing.unacknowledged");
		}
	}

	@Override
	public Optional<Elected> of(long clusterId) {
		return find(clusterId).filter(ClusterClosing::isClosed)
			.filter((c) -> c.getNextLeader() != null)
			.map((c) -> new Elected(c.getNextLeader(), c.getNextDeputy()));
	}

	private Optional<ClusterClosing> find(long clusterId) {
		return this.entityManager
			.createQuery("select c from ClusterClosing c left join fetch c.candidates where c.cluster.id = ?1",
					ClusterClosing.class)
			.setParameter(1, clusterId)
			.getResultStream()
			.findFirst();
	}

	private ClusterClosing draft(long clusterId) {
		ClusterClosing closing = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (!closing.isDraft()) {
			throw new AccessDeniedException("Only a draft closing changes its candidates and counts");
		}
		return closing;
	}

	static List<VoteCount.Candidate> candidates(ClusterClosing closing, ClusterRanking ranking) {
		Map<Long, RankedUnit> rows = ranking.rows()
			.stream()
			.collect(Collectors.toMap(RankedUnit::unitId, Function.identity()));
		List<VoteCount.Candidate> result = new ArrayList<>();
		for (CandidateRow row : closing.getCandidates()) {
			RankedUnit ranked = rows.get(row.getUnitId());
			result.add(new VoteCount.Candidate(row.getAward(), row.getUnitId(),
					(ranked != null) ? ranked.unitName() : "?", (ranked != null) ? ranked.rank() : 0, row.getVotes()));
		}
		return result;
	}

	private ClusterRanking ranking(CurrentUser user, Cluster cluster) {
		return this.rankings.liveYear(user, cluster);
	}

	/**
	 * The cluster, if the user may see its closing: the department, its members, its
	 * leader.
	 */
	private Cluster visible(CurrentUser user, long clusterId) {
		return this.clusters.visibleTo(user, clusterId);
	}

	private Cluster led(CurrentUser user, long clusterId) {
		Cluster cluster = visible(user, clusterId);
		if (!leads(user, cluster)) {
			throw new AccessDeniedException("Only the cluster's leader runs its closing");
		}
		return cluster;
	}

	private static boolean leads(CurrentUser user, Cluster cluster) {
		return user.hasRole(Role.CLUSTER_LEADER) && cluster.isLedBy(user.unitId());
	}

	private static Unit member(Cluster cluster, Long id, String field, Errors errors) {
		if (id == null) {
			return null;
		}
		Optional<Unit> unit = cluster.getSortedMembers().stream().filter((d) -> d.getId().equals(id)).findFirst();
		if (unit.isEmpty()) {
			errors.rejectValue(field, "closing.election.member");
			return null;
		}
		return unit.get();
	}

}
