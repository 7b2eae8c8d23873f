package vn.thidua.covenant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.cluster.ClusterEvent;
import vn.thidua.cluster.Cluster;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.Criterion;
import vn.thidua.unit.Unit;
import vn.thidua.ranking.RegisteredTitles;
import vn.thidua.rules.Rules;
import vn.thidua.rules.RulesService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.FileType;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Role;

/**
 * The emulation covenant of a cluster-year ({@code /clusters/{id}/covenant}): the leader
 * opens it with the key tasks; each member unit registers, from its own account and only
 * for itself, its targets and the title it aims for; the leader records who refused,
 * closes it when every member has registered or refused, with the signed copy (PDF, kept
 * as the cluster's document "giao ước"); the department's staff approve it or return it
 * with a comment (open again). Nothing changes once approved. Everything audited.
 */
@Service
@Transactional(readOnly = true)
public class CovenantService implements RegisteredTitles {

	static final String ENTITY = "Covenant";

	private final ClusterDocuments documents;

	private final CriteriaService criteria;

	private final RulesService rules;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	CovenantService(ClusterDocuments documents, CriteriaService criteria, RulesService rules, AuditService audit,
			EntityManager entityManager, JdbcTemplate jdbc, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.documents = documents;
		this.criteria = criteria;
		this.rules = rules;
		this.audit = audit;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The covenant page.
	 *
	 * @param cluster the cluster-year
	 * @param covenant its covenant, or {@code null} before the leader opens it
	 * @param registrations by member unit
	 * @param rules the year's rules (the titles: its awards)
	 * @param measured the year's measured criteria (targets are asked for them)
	 * @param mayLead whether the user leads the cluster
	 * @param ownUnitId the user's unit when it may register for it, else {@code null}
	 * @param mayReview whether the user (the department's staff) approves or returns it
	 */
	public record Page(Cluster cluster, Covenant covenant, Map<Long, Registration> registrations, Rules rules,
			List<Criterion> measured, boolean mayLead, Long ownUnitId, boolean mayReview) {

		/** Members that have neither registered nor been recorded as refusing. */
		public List<Unit> waiting() {
			return this.cluster.getSortedMembers()
				.stream()
				.filter((d) -> !this.registrations.containsKey(d.getId()))
				.toList();
		}

		public long registeredCount() {
			return this.registrations.values().stream().filter((r) -> !r.isRefused()).count();
		}

		public String titleName(String code) {
			if (code == null || "NONE".equals(code)) {
				return null;
			}
			return this.rules.award(code).map(Rules.AwardRule::name).orElse(code);
		}

		/** The targets a member is asked for: a line per measured criterion, to fill. */
		public String targetTemplate() {
			StringBuilder lines = new StringBuilder();
			for (Criterion c : this.measured) {
				lines.append(c.getCode()).append(' ').append(c.getTitle()).append(": \n");
			}
			return lines.toString();
		}

	}

	public Page page(CurrentUser user, long clusterId) {
		Cluster cluster = this.documents.visible(user, clusterId);
		Covenant covenant = find(clusterId).orElse(null);
		Map<Long, Registration> registrations = (covenant != null) ? registrations(covenant.getId()) : Map.of();
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		List<Criterion> measured = new ArrayList<>();
		this.criteria.treeOf(user.provinceId(), cluster.getYear())
			.ifPresent((tree) -> tree.groups()
				.forEach((g) -> g.criteria().stream().filter(Criterion::isMeasured).forEach(measured::add)));
		Long own = (!user.role().isDepartment() && user.unitId() != null && cluster.hasMember(user.unitId())
				&& covenant != null && covenant.isOpen()) ? user.unitId() : null;
		boolean review = (user.hasRole(Role.STAFF) || user.hasRole(Role.ADMIN)) && covenant != null
				&& covenant.getStatus() == CovenantStatus.SIGNED;
		return new Page(cluster, covenant, registrations, rules, measured, ClusterDocuments.leads(user, cluster), own,
				review);
	}

	/** The leader opens the covenant with the key tasks, one per line. */
	@Transactional
	public boolean open(CurrentUser user, long clusterId, String keyTasks, Errors errors) {
		Cluster cluster = this.documents.led(user, clusterId);
		if (find(clusterId).isPresent()) {
			errors.reject("covenant.open.exists");
			return false;
		}
		if (keyTasks == null || keyTasks.isBlank()) {
			errors.reject("covenant.tasks.required");
			return false;
		}
		if (keyTasks.strip().length() > 4000) {
			errors.reject("covenant.tasks.length");
			return false;
		}
		Covenant covenant = new Covenant(clusterId, cluster.getYear(), keyTasks.strip(), this.clock.instant());
		this.entityManager.persist(covenant);
		this.audit.record(user, "COVENANT_OPENED", ENTITY, covenant.getId(), this.audit.words("trail.covenant.opened",
				cluster.getYear(), cluster.getName(), covenant.getTasks().size()));
		this.events.publishEvent(new ClusterEvent(ClusterEvent.Kind.COVENANT_OPENED, clusterId, cluster.getYear()));
		return true;
	}

	/**
	 * A member unit registers for itself: a title of the year's rules (or none) and its
	 * targets; again while open (a new registration replaces its own).
	 */
	@Transactional
	public boolean register(CurrentUser user, long clusterId, RegistrationForm form, Errors errors) {
		Cluster cluster = this.documents.visible(user, clusterId);
		if (user.role().isDepartment() || user.unitId() == null || !cluster.hasMember(user.unitId())) {
			throw new AccessDeniedException("Only the cluster's members register");
		}
		Covenant covenant = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (!covenant.isOpen()) {
			errors.reject("covenant.closed");
			return false;
		}
		Rules rules = this.rules.current(user.provinceId(), cluster.getYear());
		if (form.getTitle() == null || (!"NONE".equals(form.getTitle()) && rules.award(form.getTitle()).isEmpty())) {
			errors.rejectValue("title", "covenant.title.required");
		}
		if (form.getTargets() == null || form.getTargets().isBlank()) {
			errors.rejectValue("targets", "covenant.targets.required");
		}
		else if (form.getTargets().strip().length() > 4000) {
			errors.rejectValue("targets", "covenant.targets.length");
		}
		if (errors.hasErrors()) {
			return false;
		}
		save(covenant.getId(), user.unitId(), form.getTitle(), form.getTargets().strip(), null, user.id());
		this.audit.record(user, "COVENANT_REGISTERED", ENTITY, covenant.getId(),
				this.audit.words("trail.covenant.registered", user.unitName(), cluster.getName(), cluster.getYear(),
						"NONE".equals(form.getTitle()) ? this.audit.words("trail.covenant.noTitle")
								: rules.award(form.getTitle()).orElseThrow().name()));
		return true;
	}

	/** The leader records that a member did not register, with the reason. */
	@Transactional
	public boolean recordRefusal(CurrentUser user, long clusterId, Long unitId, String note, Errors errors) {
		Cluster cluster = this.documents.led(user, clusterId);
		Covenant covenant = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (!covenant.isOpen()) {
			errors.reject("covenant.closed");
			return false;
		}
		if (unitId == null || !cluster.hasMember(unitId) || registrations(covenant.getId()).containsKey(unitId)) {
			errors.reject("covenant.refusal.member");
			return false;
		}
		if (note == null || note.isBlank()) {
			errors.reject("covenant.refusal.noteRequired");
			return false;
		}
		save(covenant.getId(), unitId, null, null, note.strip(), user.id());
		this.audit.record(user, "COVENANT_REFUSAL_RECORDED", ENTITY, covenant.getId(),
				this.audit.words("trail.covenant.refusalRecorded", unitId, note.strip()));
		return true;
	}

	/**
	 * The leader closes the covenant with its signed copy (PDF): every member has
	 * registered or been recorded as refusing.
	 */
	@Transactional
	public boolean sign(CurrentUser user, long clusterId, DocumentForm form, String fileName, byte[] content,
			Errors errors) {
		Cluster cluster = this.documents.led(user, clusterId);
		Covenant covenant = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (!covenant.isOpen()) {
			errors.reject("covenant.closed");
			return false;
		}
		Map<Long, Registration> registrations = registrations(covenant.getId());
		if (cluster.getSortedMembers().stream().anyMatch((d) -> !registrations.containsKey(d.getId()))) {
			errors.reject("covenant.sign.waiting");
		}
		form.setKind(DocumentKind.GIAO_UOC);
		if (form.getSummary() == null || form.getSummary().isBlank()) {
			form.setSummary(this.audit.words("trail.covenant.signedSummary", cluster.getYear(), cluster.getName()));
		}
		ClusterDocuments.check(form, errors);
		if (content == null || content.length > FileType.MAX_BYTES || !FileType.PDF.is(fileName, content)) {
			errors.reject("covenant.sign.fileInvalid");
		}
		if (errors.hasErrors()) {
			return false;
		}
		ClusterDocument signed = this.documents.addSigned(user, cluster, form, fileName, content);
		covenant.sign(signed.getId(), this.clock.instant());
		this.audit.record(user, "COVENANT_SIGNED", ENTITY, covenant.getId(),
				this.audit.words("trail.covenant.signed", cluster.getYear(), cluster.getName(), signed.getNumber()));
		this.events.publishEvent(new ClusterEvent(ClusterEvent.Kind.COVENANT_SIGNED, clusterId, cluster.getYear()));
		return true;
	}

	/** The department's staff approve a signed covenant. */
	@Transactional
	public boolean approve(CurrentUser user, long clusterId, Errors errors) {
		Covenant covenant = reviewed(user, clusterId, errors);
		if (covenant == null) {
			return false;
		}
		covenant.approve(this.clock.instant());
		this.audit.record(user, "COVENANT_APPROVED", ENTITY, covenant.getId(),
				this.audit.words("trail.covenant.approved", covenant.getYear(), clusterId));
		this.events.publishEvent(new ClusterEvent(ClusterEvent.Kind.COVENANT_APPROVED, clusterId, covenant.getYear()));
		return true;
	}

	/** The department's staff return a signed covenant with a comment: open again. */
	@Transactional
	public boolean giveBack(CurrentUser user, long clusterId, String comment, Errors errors) {
		if (comment == null || comment.isBlank()) {
			errors.reject("covenant.return.comment");
			return false;
		}
		Covenant covenant = reviewed(user, clusterId, errors);
		if (covenant == null) {
			return false;
		}
		covenant.giveBack(comment.strip());
		this.audit.record(user, "COVENANT_RETURNED", ENTITY, covenant.getId(),
				this.audit.words("trail.covenant.returned", covenant.getYear(), clusterId, comment.strip()));
		this.events.publishEvent(
				new ClusterEvent(ClusterEvent.Kind.COVENANT_RETURNED, clusterId, covenant.getYear(), comment.strip()));
		return true;
	}

	private Covenant reviewed(CurrentUser user, long clusterId, Errors errors) {
		if (!user.hasRole(Role.STAFF) && !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Only the department's staff review covenants");
		}
		this.documents.visible(user, clusterId);
		Covenant covenant = find(clusterId).orElseThrow(() -> NotFoundException.of(ENTITY, clusterId));
		if (covenant.getStatus() != CovenantStatus.SIGNED) {
			errors.reject("covenant.review.notSigned");
			return null;
		}
		return covenant;
	}

	@Override
	public Map<Long, String> of(long provinceId, int year) {
		Map<Long, String> titles = new HashMap<>();
		this.jdbc.query("""
				select r.unit_id, coalesce(r.title, 'REFUSED') from covenant_registrations r
				join covenants v on v.id = r.covenant_id
				join clusters c on c.id = v.cluster_id where c.province_id = ? and v.year = ?
				""", (java.sql.ResultSet rs) -> {
			titles.put(rs.getLong(1), rs.getString(2));
		}, provinceId, year);
		return titles;
	}

	@Override
	public java.util.Set<Long> clustersWithCovenant(long provinceId, int year) {
		return new java.util.HashSet<>(this.jdbc.queryForList(
				"select v.cluster_id from covenants v join clusters c "
						+ "on c.id = v.cluster_id where c.province_id = ? and v.year = ?",
				Long.class, provinceId, year));
	}

	Optional<Covenant> find(long clusterId) {
		return this.entityManager.createQuery("select v from Covenant v where v.clusterId = ?1", Covenant.class)
			.setParameter(1, clusterId)
			.getResultStream()
			.findFirst();
	}

	Map<Long, Registration> registrations(long covenantId) {
		Map<Long, Registration> result = new HashMap<>();
		this.jdbc.query("select unit_id, title, targets, refused_note, registered_at from covenant_registrations "
				+ "where covenant_id = ?", (java.sql.ResultSet rs) -> {
					result.put(rs.getLong(1), new Registration(rs.getLong(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getTimestamp(5).toInstant()));
				}, covenantId);
		return result;
	}

	private void save(long covenantId, long unitId, String title, String targets, String refusedNote, long userId) {
		Instant now = this.clock.instant();
		this.jdbc.update("insert into covenant_registrations (covenant_id, unit_id, title, targets, refused_note, "
				+ "registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (covenant_id, unit_id) "
				+ "do update set title = excluded.title, targets = excluded.targets, refused_note = excluded.refused_note, "
				+ "registered_by = excluded.registered_by, registered_at = excluded.registered_at", covenantId, unitId,
				title, targets, refusedNote, userId, java.sql.Timestamp.from(now));
	}

}
