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
import vn.thidua.district.District;
import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.RankedDistrict;
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

	ClosingService(ClusterService clusters, RankingService rankings, RulesService rules, AuditService audit,
			EntityManager entityManager, java.time.Clock clock) {
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
	 */
	public record Page(Cluster cluster, ClusterRanking ranking, Rules rules, ClusterClosing closing,
			List<VoteCount.Outcome> outcomes, boolean mayRun) {

		public String name(long districtId) {
			return this.cluster.getSortedMembers()
				.stream()
				.filter((d) -> d.getId() == districtId)
				.map(District::getName)
				.findFirst()
				.orElse("?");
		}

	}

	public Page page(CurrentUser user, long clusterId) {
		Cluster cluster = visible(user, clusterId);
		ClusterRanking ranking = ranking(user, cluster);
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		ClusterClosing closing = find(clusterId).orElse(null);
		List<VoteCount.Outcome> outcomes = (closing != null && closing.getBallotsValid() != null) ? VoteCount.count(
				candidates(closing, ranking), closing.getBallotsValid(), rules, cluster.getMemberCount()) : List.of();
		return new Page(cluster, ranking, rules, closing, outcomes, leads(user, cluster));
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
			for (RankedDistrict row : ranking.rows()) {
				if (!row.isExcluded() && row.rank() >= rule.rankFrom() && row.rank() <= rule.rankTo()
						&& rules.atLeast(row.classification().name(), rule.minBand())) {
					closing.add(rule.code(), row.districtId(), null);
				}
			}
		}
		this.entityManager.persist(closing);
		this.audit.record(user, "CLOSING_OPENED", ENTITY, closing.getId(), "Mở hội nghị tổng kết " + cluster.getName()
				+ " năm " + cluster.getYear() + " (" + closing.getCandidates().size() + " ứng viên theo quy chế)");
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
		if (form.getDistrictId() == null || !cluster.hasMember(form.getDistrictId())) {
			errors.rejectValue("districtId", "closing.candidate.member");
		}
		else if (rules.exclusions().containsKey(form.getDistrictId())) {
			errors.rejectValue("districtId", "closing.candidate.excluded");
		}
		else if (closing.getCandidates()
			.stream()
			.anyMatch((c) -> c.getAward().equals(form.getAward()) && c.getDistrictId() == form.getDistrictId())) {
			errors.rejectValue("districtId", "closing.candidate.duplicate");
		}
		if (form.getReason() == null || form.getReason().isBlank()) {
			errors.rejectValue("reason", "closing.candidate.reason");
		}
		if (errors.hasErrors()) {
			return false;
		}
		closing.add(form.getAward(), form.getDistrictId(), form.getReason().strip());
		this.audit.record(user, "CLOSING_CANDIDATE_ADDED", ENTITY, closing.getId(), "Thêm ứng viên " + form.getAward()
				+ " ngoài quy chế: đơn vị #" + form.getDistrictId() + " – " + form.getReason().strip());
		return true;
	}

	/** The leader records the conference and the ballots; every wrong field at once. */
	@Transactional
	public boolean record(CurrentUser user, long clusterId, ClosingForm form, Errors errors) {
		Cluster cluster = led(user, clusterId);
		ClusterClosing closing = draft(clusterId);
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
		District leader = member(cluster, form.getNextLeaderId(), "nextLeaderId", errors);
		District deputy = member(cluster, form.getNextDeputyId(), "nextDeputyId", errors);
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
		this.audit.record(user, "CLOSING_RECORDED", ENTITY, closing.getId(), "Ghi kết quả hội nghị tổng kết "
				+ cluster.getName() + " năm " + cluster.getYear() + ": " + valid + "/" + cast + " phiếu hợp lệ");
		return true;
	}

	/** Closes: the counts complete, next year's leader elected; read-only afterwards. */
	@Transactional
	public boolean close(CurrentUser user, long clusterId, Errors errors) {
		Cluster cluster = led(user, clusterId);
		ClusterClosing closing = draft(clusterId);
		if (closing.getHeldOn() == null || closing.getBallotsValid() == null || closing.getBallotsValid() == 0
				|| closing.getCandidates().stream().anyMatch((c) -> c.getVotes() == null)) {
			errors.reject("closing.close.incomplete");
		}
		if (closing.getNextLeader() == null) {
			errors.reject("closing.close.noLeader");
		}
		if (errors.hasErrors()) {
			return false;
		}
		closing.close(this.clock.instant());
		ClusterRanking ranking = ranking(user, cluster);
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		List<String> proposed = VoteCount
			.count(candidates(closing, ranking), closing.getBallotsValid(), rules, cluster.getMemberCount())
			.stream()
			.filter(VoteCount.Outcome::proposed)
			.map((o) -> o.candidate().name() + " (" + rules.award(o.candidate().award()).orElseThrow().name() + ", "
					+ o.candidate().votes() + "/" + closing.getBallotsValid() + " phiếu)")
			.toList();
		this.audit.record(user, "CLOSING_CLOSED", ENTITY, closing.getId(),
				"Kết thúc hội nghị tổng kết " + cluster.getName() + " năm " + cluster.getYear() + ": đề nghị "
						+ (proposed.isEmpty() ? "không có" : String.join(", ", proposed)) + "; cụm trưởng năm sau "
						+ closing.getNextLeader().getName());
		return true;
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
		if (closing.isClosed()) {
			throw new AccessDeniedException("A closed closing is read-only");
		}
		return closing;
	}

	private static List<VoteCount.Candidate> candidates(ClusterClosing closing, ClusterRanking ranking) {
		Map<Long, RankedDistrict> rows = ranking.rows()
			.stream()
			.collect(Collectors.toMap(RankedDistrict::districtId, Function.identity()));
		List<VoteCount.Candidate> result = new ArrayList<>();
		for (CandidateRow row : closing.getCandidates()) {
			RankedDistrict ranked = rows.get(row.getDistrictId());
			result.add(new VoteCount.Candidate(row.getAward(), row.getDistrictId(),
					(ranked != null) ? ranked.districtName() : "?", (ranked != null) ? ranked.rank() : 0,
					row.getVotes()));
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
		Cluster cluster = this.clusters.get(clusterId, user.provinceId());
		if (!user.role().isDepartment() && !cluster.hasMember(user.districtId())) {
			throw NotFoundException.of("Cluster", clusterId);
		}
		return cluster;
	}

	private Cluster led(CurrentUser user, long clusterId) {
		Cluster cluster = visible(user, clusterId);
		if (!leads(user, cluster)) {
			throw new AccessDeniedException("Only the cluster's leader runs its closing");
		}
		return cluster;
	}

	private static boolean leads(CurrentUser user, Cluster cluster) {
		return user.hasRole(Role.CLUSTER_LEADER) && cluster.isLedBy(user.districtId());
	}

	private static District member(Cluster cluster, Long id, String field, Errors errors) {
		if (id == null) {
			return null;
		}
		Optional<District> district = cluster.getSortedMembers()
			.stream()
			.filter((d) -> d.getId().equals(id))
			.findFirst();
		if (district.isEmpty()) {
			errors.rejectValue(field, "closing.election.member");
			return null;
		}
		return district.get();
	}

}
