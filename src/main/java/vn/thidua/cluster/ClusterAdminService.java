package vn.thidua.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitService;
import vn.thidua.unit.Province;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.VietnameseCollation;

/**
 * The administrator's set-up of a year's clusters: copy a year (optionally rotating the
 * leader and deputy), then define each cluster's members, leader and deputy. A unit
 * belongs to at most one cluster of a year (checked here with a message, and by the
 * database).
 */
@Service
@Transactional(readOnly = true)
public class ClusterAdminService {

	static final String ENTITY = "Cluster";

	private final ClusterRepository clusters;

	private final ClusterService service;

	private final UnitService units;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final org.springframework.beans.factory.ObjectProvider<NextLeaders> nextLeaders;

	private final vn.thidua.unit.ProvinceHistory provinces;

	ClusterAdminService(ClusterRepository clusters, ClusterService service, UnitService units, AuditService audit,
			EntityManager entityManager, org.springframework.beans.factory.ObjectProvider<NextLeaders> nextLeaders,
			vn.thidua.unit.ProvinceHistory provinces) {
		this.provinces = provinces;
		this.nextLeaders = nextLeaders;
		this.clusters = clusters;
		this.service = service;
		this.units = units;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	public List<Cluster> ofYear(CurrentUser admin, int year) {
		return this.service.clustersOf(admin.provinceId(), year);
	}

	/** The units of the province that exist in the year, in Vietnamese order. */
	public List<Unit> unitsOf(CurrentUser admin, int year) {
		return this.units.ofProvince(admin.provinceId(), year);
	}

	/**
	 * Creates the clusters of {@code to} from those of {@code from}: same names, members
	 * that still exist in {@code to}, and the same leader and deputy, or, when
	 * {@code rotate}, the deputy leading and the next member (in Vietnamese order) as
	 * deputy. Returns how many clusters were created.
	 */
	@Transactional
	public int copyYear(CurrentUser admin, Integer from, Integer to, boolean rotate, Errors errors) {
		List<Cluster> source = (from != null) ? ofYear(admin, from) : List.of();
		if (checkCopy(admin, from, to, errors)) {
			// a member that ended before the year is not carried over silently: the copy
			// says who
			List<String> ended = source.stream()
				.flatMap((c) -> c.getSortedMembers().stream())
				.filter((d) -> !d.existedIn(to))
				.map(Unit::getName)
				.distinct()
				.toList();
			if (!ended.isEmpty()) {
				errors.rejectValue("to", "cluster.copy.ended",
						new Object[] { String.join(", ", ended), Integer.toString(to) }, null);
			}
		}
		if (errors.hasErrors()) {
			return 0;
		}
		Province province = this.entityManager.getReference(Province.class, admin.provinceId());
		for (Cluster old : source) {
			List<Unit> members = old.getSortedMembers().stream().filter((d) -> d.existedIn(to)).toList();
			if (members.isEmpty()) {
				continue;
			}
			Unit leader = members.contains(old.getLeader()) ? old.getLeader() : members.get(0);
			Unit deputy = (old.getDeputy() != null && members.contains(old.getDeputy())) ? old.getDeputy() : null;
			java.util.Optional<NextLeaders.Elected> elected = this.nextLeaders.stream()
				.flatMap((n) -> n.of(old.getId()).stream())
				.filter((e) -> members.contains(e.leader()))
				.findFirst();
			if (elected.isPresent()) {
				// elected at the cluster's closing conference
				leader = elected.get().leader();
				deputy = (elected.get().deputy() != null && members.contains(elected.get().deputy()))
						? elected.get().deputy() : null;
			}
			else if (rotate) {
				Unit previousLeader = leader;
				leader = (deputy != null) ? deputy : leader;
				deputy = next(members, leader, previousLeader);
			}
			Cluster copy = new Cluster(province, to, old.getName(), old.getNote());
			copy.define(old.getName(), leader, deputy, members);
			this.clusters.save(copy);
			this.audit.record(admin, "CLUSTER_CREATED", ENTITY, copy.getId(),
					this.audit.words(rotate ? "trail.cluster.copiedRotating" : "trail.cluster.copied", copy.getName(),
							to, from, leader.getName(),
							(deputy != null) ? this.audit.words("trail.cluster.deputy", deputy.getName()) : "",
							members.size()));
		}
		return source.size();
	}

	/**
	 * Whether a year may be copied: the source has clusters, the target is a valid year
	 * without any and the province still exists in it (errors on the fields otherwise).
	 */
	public boolean checkCopy(CurrentUser admin, Integer from, Integer to, Errors errors) {
		if (from == null || ofYear(admin, from).isEmpty()) {
			errors.rejectValue("from", "cluster.copy.noSource");
		}
		if (to == null || to < 2000 || to > 2100) {
			errors.rejectValue("to", "cluster.copy.badYear");
		}
		else if (!this.clusters.findAllOfYear(admin.provinceId(), to).isEmpty()) {
			errors.rejectValue("to", "cluster.copy.exists", new Object[] { Integer.toString(to) }, null);
		}
		else {
			provinceEnded(admin, to, errors, "to");
		}
		return !errors.hasErrors();
	}

	/**
	 * Creates ({@code clusterId} null) or changes a cluster of {@code year}; every rule
	 * is checked in one pass and nothing is saved if one fails.
	 */
	@Transactional
	public Cluster save(CurrentUser admin, Long clusterId, int requestedYear, ClusterForm form, Errors errors) {
		Cluster cluster = (clusterId != null) ? this.service.get(clusterId, admin.provinceId()) : null;
		int year = (cluster != null) ? cluster.getYear() : requestedYear;
		if (cluster != null && form.getVersion() != null && form.getVersion() != cluster.getVersion()) {
			errors.reject("cluster.conflict");
			return null;
		}
		List<Cluster> ofYear = this.clusters.findAllOfYear(admin.provinceId(), year);
		String name = (form.getName() != null) ? form.getName().strip() : "";
		if (!errors.hasFieldErrors("name")
				&& ofYear.stream().anyMatch((c) -> c != cluster && c.getName().equalsIgnoreCase(name))) {
			errors.rejectValue("name", "cluster.name.taken");
		}
		Map<Long, Unit> available = unitsOf(admin, year).stream()
			.collect(Collectors.toMap(Unit::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		if (cluster == null) {
			provinceEnded(admin, year, errors, "name");
		}
		List<Unit> members = new ArrayList<>();
		List<String> taken = new ArrayList<>();
		List<Long> chosen = form.getMemberIds().stream().filter(Objects::nonNull).distinct().toList();
		// a unit of the province that did not exist in the year is refused by name;
		// another
		// province's is not named (nobody crosses provinces)
		List<String> notValid = this.units.inProvince(admin.provinceId(), chosen)
			.stream()
			.filter((d) -> !available.containsKey(d.getId()))
			.map(Unit::getName)
			.sorted(VietnameseCollation.comparing(Function.identity()))
			.toList();
		if (!notValid.isEmpty()) {
			errors.rejectValue("memberIds", "cluster.member.notValid",
					new Object[] { String.join(", ", notValid), Integer.toString(year) }, null);
		}
		for (Long id : chosen) {
			Unit unit = available.get(id);
			if (unit == null) {
				continue;
			}
			members.add(unit);
			ofYear.stream()
				.filter((c) -> c != cluster && c.hasMember(id))
				.findFirst()
				.ifPresent((other) -> taken.add(unit.getName() + " (" + other.getName() + ")"));
		}
		if (!taken.isEmpty()) {
			errors.rejectValue("memberIds", "cluster.member.taken", new Object[] { String.join(", ", taken) }, null);
		}
		// leader and deputy are among the members (the form says so, LeaderAmongMembers)
		Unit leader = members.stream().filter((d) -> d.getId().equals(form.getLeaderId())).findFirst().orElse(null);
		Unit deputy = (form.getDeputyId() != null)
				? members.stream().filter((d) -> d.getId().equals(form.getDeputyId())).findFirst().orElse(null) : null;
		if (leader == null && !errors.hasFieldErrors("leaderId")) {
			errors.rejectValue("leaderId", "cluster.leader.required");
		}
		if (errors.hasErrors()) {
			return null;
		}
		Cluster saved = (cluster != null) ? cluster
				: new Cluster(this.entityManager.getReference(Province.class, admin.provinceId()), year, name, null);
		saved.define(name, leader, deputy, members);
		this.clusters.save(saved);
		this.audit.record(admin, (cluster != null) ? "CLUSTER_UPDATED" : "CLUSTER_CREATED", ENTITY, saved.getId(),
				this.audit.words("trail.cluster.saved", name, year, leader.getName(),
						(deputy != null) ? this.audit.words("trail.cluster.deputy", deputy.getName()) : "",
						members.stream()
							.map(Unit::getName)
							.sorted(VietnameseCollation.comparing(Function.identity()))
							.collect(Collectors.joining(", "))));
		return saved;
	}

	/**
	 * Refuses a year after the province's last (it merged into another, whose department
	 * runs the years from then).
	 */
	private boolean provinceEnded(CurrentUser admin, int year, Errors errors, String field) {
		Integer last = this.provinces.lastYear(admin.provinceId());
		if (last != null && year > last) {
			errors.rejectValue(field, "cluster.year.provinceEnded", new Object[] { admin.provinceName(),
					Integer.toString(last), String.valueOf(this.provinces.successorName(admin.provinceId())) }, null);
			return true;
		}
		return false;
	}

	/**
	 * The member after {@code from} in Vietnamese order (cyclic), other than {@code skip}
	 * unless no other is left.
	 */
	static Unit next(List<Unit> members, Unit from, Unit skip) {
		List<Unit> ordered = members.stream().sorted(VietnameseCollation.comparing(Unit::getName)).toList();
		int start = ordered.indexOf(from);
		for (int i = 1; i < ordered.size(); i++) {
			Unit candidate = ordered.get((start + i) % ordered.size());
			if (candidate != skip && candidate != from) {
				return candidate;
			}
		}
		return (skip != from) ? skip : null;
	}

}
