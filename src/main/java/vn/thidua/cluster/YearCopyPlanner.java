package vn.thidua.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.VietnameseCollation;
import vn.thidua.unit.Province;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitLevel;
import vn.thidua.unit.UnitService;

/**
 * A year copied across a reform of units: where members of the earlier year ended before
 * the new one, their successors by lineage take their place (a cluster of districts
 * becomes clusters of the communes formed in them), shown as a plan the administrator
 * edits and then confirms whole. Nothing is saved by the proposal; the confirmation saves
 * every cluster or none.
 */
@Service
@Transactional(readOnly = true)
public class YearCopyPlanner {

	/**
	 * How many units a proposed cluster holds at most: a cluster of districts split into
	 * clusters of communes keeps the former districts together up to this size.
	 */
	static final int MAX_PROPOSED_MEMBERS = 14;

	private static final int NOTE_LENGTH = 500;

	private final ClusterRepository clusters;

	private final ClusterService service;

	private final UnitService units;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final ObjectProvider<NextLeaders> nextLeaders;

	private final ClusterAdminService admin;

	YearCopyPlanner(ClusterRepository clusters, ClusterService service, UnitService units, AuditService audit,
			EntityManager entityManager, ObjectProvider<NextLeaders> nextLeaders, ClusterAdminService admin) {
		this.admin = admin;
		this.clusters = clusters;
		this.service = service;
		this.units = units;
		this.audit = audit;
		this.entityManager = entityManager;
		this.nextLeaders = nextLeaders;
	}

	/** Whether some member of the year's clusters ended before {@code to}. */
	public boolean crossesAReform(CurrentUser admin, int from, int to) {
		return this.service.clustersOf(admin.provinceId(), from)
			.stream()
			.flatMap((c) -> c.getSortedMembers().stream())
			.anyMatch((unit) -> !unit.existedIn(to));
	}

	/**
	 * The proposal: each cluster of {@code from} with its ended members replaced by their
	 * successors in {@code to} (a successor of two ended members goes to the first
	 * cluster that names one), split when it grows past {@value #MAX_PROPOSED_MEMBERS}
	 * units while keeping each former member's successors together; the units of the same
	 * levels that no member leads to are listed unplaced.
	 */
	public CopyPlanForm propose(CurrentUser admin, int from, int to, boolean rotate) {
		List<Cluster> source = this.service.clustersOf(admin.provinceId(), from);
		Set<Long> ended = source.stream()
			.flatMap((c) -> c.getSortedMembers().stream())
			.filter((unit) -> !unit.existedIn(to))
			.map(Unit::getId)
			.collect(Collectors.toSet());
		Map<Long, List<Unit>> successors = this.units.successors(admin.provinceId(), ended, to);
		Set<Long> placed = new HashSet<>();
		List<String> lost = new ArrayList<>();
		List<Proposed> proposed = new ArrayList<>();
		for (Cluster old : source) {
			List<Group> groups = new ArrayList<>();
			for (Unit member : old.getSortedMembers()) {
				List<Unit> taking = member.existedIn(to) ? List.of(member)
						: successors.getOrDefault(member.getId(), List.of());
				if (taking.isEmpty() && !lost.contains(member.getName())) {
					lost.add(member.getName());
				}
				List<Unit> fresh = taking.stream().filter((unit) -> placed.add(unit.getId())).toList();
				if (!fresh.isEmpty()) {
					groups.add(new Group(member, member.existedIn(to) ? null : member.getName(), fresh));
				}
			}
			List<List<Group>> chunks = pack(groups);
			for (List<Group> chunk : chunks) {
				proposed.add(new Proposed(old, chunk, chunks.size() > 1));
			}
		}
		boolean renumber = proposed.stream().anyMatch(Proposed::split);
		CopyPlanForm plan = new CopyPlanForm();
		plan.setFrom(from);
		plan.setTo(to);
		plan.setRotate(rotate);
		plan.setWithoutSuccessors(lost);
		Set<UnitLevel> levels = new HashSet<>();
		for (int i = 0; i < proposed.size(); i++) {
			Proposed p = proposed.get(i);
			List<Unit> members = p.members();
			members.forEach((unit) -> levels.add(unit.getLevel()));
			Unit[] leaders = leaders(p, members, rotate, to);
			String name = renumber ? "Cụm " + (i + 1) : p.old().getName();
			String formedFrom = p.groups()
				.stream()
				.map(Group::formerName)
				.filter(Objects::nonNull)
				.collect(Collectors.joining(", "));
			String note = "Từ " + p.old().getName() + " năm " + from
					+ (formedFrom.isEmpty() ? "" : "; đơn vị kế thừa của " + formedFrom);
			plan.getClusters()
				.add(new CopyPlanForm.PlannedCluster(name, leaders[0].getId(),
						(leaders[1] != null) ? leaders[1].getId() : null, abbreviate(note)));
			for (Group group : p.groups()) {
				for (Unit unit : group.units()) {
					plan.getUnits().add(new CopyPlanForm.PlacedUnit(unit.getId(), group.formerName(), i + 1));
				}
			}
		}
		this.units.ofProvince(admin.provinceId(), to)
			.stream()
			.filter((unit) -> levels.contains(unit.getLevel()) && !placed.contains(unit.getId()))
			.forEach((unit) -> plan.getUnits().add(new CopyPlanForm.PlacedUnit(unit.getId(), null, 0)));
		return plan;
	}

	/**
	 * Creates the clusters of the plan, every one or none: each named (unique in the
	 * year), of two members at least, led by one of them, with a deputy among them other
	 * than the leader; each unit of the province existing in the year, in one cluster at
	 * most. A planned cluster without members is left out. Two administrators confirming
	 * at once: the second finds the year taken.
	 * @return how many clusters were created
	 */
	@Transactional
	public int confirm(CurrentUser admin, CopyPlanForm plan, Errors errors) {
		this.entityManager.createNativeQuery("select id from provinces where id = ? for update")
			.setParameter(1, admin.provinceId())
			.getResultList();
		if (!this.admin.checkCopy(admin, plan.getFrom(), plan.getTo(), errors)) {
			return 0;
		}
		int to = plan.getTo();
		int count = plan.getClusters().size();
		List<Long> ids = plan.getUnits()
			.stream()
			.map(CopyPlanForm.PlacedUnit::getUnitId)
			.filter(Objects::nonNull)
			.toList();
		Map<Long, Unit> known = this.units.inProvince(admin.provinceId(), ids)
			.stream()
			.collect(Collectors.toMap(Unit::getId, Function.identity()));
		Map<Integer, List<Unit>> members = new LinkedHashMap<>();
		List<String> notValid = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (CopyPlanForm.PlacedUnit placed : plan.getUnits()) {
			Integer cluster = placed.getCluster();
			if (cluster == null || cluster < 1 || cluster > count) {
				continue;
			}
			Unit unit = known.get(placed.getUnitId());
			if (unit == null || !unit.existedIn(to)) {
				if (unit != null) {
					notValid.add(unit.getName());
				}
				else {
					// another province's unit is not named (nobody crosses provinces)
					errors.reject("cluster.copy.unknownUnit");
				}
			}
			else if (seen.add(unit.getId())) {
				members.computeIfAbsent(cluster, (c) -> new ArrayList<>()).add(unit);
			}
		}
		if (!notValid.isEmpty()) {
			errors.reject("cluster.member.notValid", new Object[] { String.join(", ", notValid), Integer.toString(to) },
					null);
		}
		Set<String> names = new HashSet<>();
		List<Integer> created = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			CopyPlanForm.PlannedCluster planned = plan.getClusters().get(i);
			List<Unit> of = members.getOrDefault(i + 1, List.of());
			if (of.isEmpty()) {
				continue;
			}
			String field = "clusters[" + i + "].";
			String name = (planned.getName() != null) ? planned.getName().strip() : "";
			if (name.isEmpty() || name.length() > 100) {
				errors.rejectValue(field + "name", "cluster.name.required");
			}
			else if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
				errors.rejectValue(field + "name", "cluster.name.taken");
			}
			if (of.size() < 2) {
				errors.rejectValue(field + "name", "cluster.member.tooFew");
			}
			if (of.stream().noneMatch((unit) -> unit.getId().equals(planned.getLeaderId()))) {
				errors.rejectValue(field + "leaderId", "cluster.leader.required");
			}
			if (planned.getDeputyId() != null) {
				if (planned.getDeputyId().equals(planned.getLeaderId())) {
					errors.rejectValue(field + "deputyId", "cluster.deputy.isLeader");
				}
				else if (of.stream().noneMatch((unit) -> unit.getId().equals(planned.getDeputyId()))) {
					errors.rejectValue(field + "deputyId", "cluster.deputy.notMember");
				}
			}
			if (planned.getNote() != null && planned.getNote().length() > NOTE_LENGTH) {
				planned.setNote(abbreviate(planned.getNote()));
			}
			created.add(i);
		}
		if (created.isEmpty() && !errors.hasErrors()) {
			errors.reject("cluster.copy.empty");
		}
		if (errors.hasErrors()) {
			return 0;
		}
		Province province = this.entityManager.getReference(Province.class, admin.provinceId());
		for (int i : created) {
			CopyPlanForm.PlannedCluster planned = plan.getClusters().get(i);
			List<Unit> of = members.get(i + 1);
			Unit leader = of.stream().filter((unit) -> unit.getId().equals(planned.getLeaderId())).findFirst().get();
			Unit deputy = of.stream()
				.filter((unit) -> unit.getId().equals(planned.getDeputyId()))
				.findFirst()
				.orElse(null);
			String name = planned.getName().strip();
			Cluster cluster = new Cluster(province, to, name, planned.getNote());
			cluster.define(name, leader, deputy, of);
			this.clusters.save(cluster);
			this.audit.record(admin, "CLUSTER_CREATED", ClusterAdminService.ENTITY, cluster.getId(),
					this.audit.words("trail.cluster.planned", name, to, plan.getFrom(), leader.getName(),
							(deputy != null) ? this.audit.words("trail.cluster.deputy", deputy.getName()) : "",
							of.size()));
		}
		return created.size();
	}

	/** The units of the plan, for the leader and deputy choices of each cluster. */
	public Map<Long, Unit> unitsOf(CurrentUser admin, Collection<Long> ids) {
		Map<Long, Unit> found = new HashMap<>();
		this.units.inProvince(admin.provinceId(), ids).forEach((unit) -> found.put(unit.getId(), unit));
		return found;
	}

	/**
	 * Leader and deputy of a proposed cluster: those elected at the old cluster's
	 * closing, else its leader and deputy (rotated when asked), each taken as itself if
	 * it continues, else as its successor in the proposed cluster (the one of its own
	 * name first: the commune that kept the district's name); failing that the first
	 * member and the next one.
	 */
	private Unit[] leaders(Proposed p, List<Unit> members, boolean rotate, int to) {
		Cluster old = p.old();
		Optional<NextLeaders.Elected> elected = this.nextLeaders.stream()
			.flatMap((n) -> n.of(old.getId()).stream())
			.findFirst();
		Unit wantedLeader;
		Unit wantedDeputy;
		if (elected.isPresent()) {
			wantedLeader = elected.get().leader();
			wantedDeputy = elected.get().deputy();
		}
		else if (rotate && old.getDeputy() != null) {
			wantedLeader = old.getDeputy();
			wantedDeputy = null;
		}
		else {
			wantedLeader = old.getLeader();
			wantedDeputy = old.getDeputy();
		}
		Unit leader = taking(p, wantedLeader).orElse(members.get(0));
		Unit deputy = (wantedDeputy != null) ? taking(p, wantedDeputy).filter((unit) -> unit != leader).orElse(null)
				: null;
		if (deputy == null) {
			// the member after the leader, as the direct copy rotates
			deputy = ClusterAdminService.next(members, leader, leader);
		}
		return new Unit[] { leader, deputy };
	}

	/** The unit of the proposed cluster that stands for a former member. */
	private static Optional<Unit> taking(Proposed p, Unit former) {
		for (Group group : p.groups()) {
			if (group.former().getId().equals(former.getId())) {
				return group.units()
					.stream()
					.filter((unit) -> unit.getName().equalsIgnoreCase(former.getName()))
					.findFirst()
					.or(() -> group.units().stream().findFirst());
			}
		}
		return Optional.empty();
	}

	/**
	 * Consecutive groups packed into clusters of {@value #MAX_PROPOSED_MEMBERS} units at
	 * most (one more where a single unit would be left alone); a group larger than that
	 * is cut into nearly equal parts.
	 */
	static List<List<Group>> pack(List<Group> groups) {
		List<List<Group>> chunks = new ArrayList<>();
		List<Group> current = new ArrayList<>();
		int size = 0;
		for (Group group : groups) {
			for (Group part : group.parts()) {
				if (size + part.units().size() > MAX_PROPOSED_MEMBERS && !current.isEmpty()) {
					chunks.add(current);
					current = new ArrayList<>();
					size = 0;
				}
				current.add(part);
				size += part.units().size();
			}
		}
		if (!current.isEmpty()) {
			int last = current.stream().mapToInt((group) -> group.units().size()).sum();
			if (last < 2 && !chunks.isEmpty()) {
				// a cluster needs two members: a lone unit left over joins the one before
				chunks.get(chunks.size() - 1).addAll(current);
			}
			else {
				chunks.add(current);
			}
		}
		return chunks;
	}

	private static String abbreviate(String note) {
		return (note.length() <= NOTE_LENGTH) ? note : note.substring(0, NOTE_LENGTH - 1) + "…";
	}

	/**
	 * The units that stand for one former member: itself if it continues, else its
	 * successors.
	 */
	record Group(Unit former, String formerName, List<Unit> units) {

		List<Group> parts() {
			int parts = (this.units.size() + MAX_PROPOSED_MEMBERS - 1) / MAX_PROPOSED_MEMBERS;
			if (parts <= 1) {
				return List.of(this);
			}
			List<Group> cut = new ArrayList<>();
			int each = (this.units.size() + parts - 1) / parts;
			for (int i = 0; i < this.units.size(); i += each) {
				cut.add(new Group(this.former, this.formerName,
						this.units.subList(i, Math.min(this.units.size(), i + each))));
			}
			return cut;
		}

	}

	private record Proposed(Cluster old, List<Group> groups, boolean split) {

		List<Unit> members() {
			return this.groups.stream().flatMap((group) -> group.units().stream()).toList();
		}

	}

}
