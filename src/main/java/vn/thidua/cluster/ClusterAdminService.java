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
import vn.thidua.district.District;
import vn.thidua.district.DistrictService;
import vn.thidua.district.Province;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.VietnameseCollation;

/**
 * The administrator's set-up of a year's clusters: copy a year (optionally rotating the
 * leader and deputy), then define each cluster's members, leader and deputy. A district
 * belongs to at most one cluster of a year (checked here with a message, and by the
 * database).
 */
@Service
@Transactional(readOnly = true)
public class ClusterAdminService {

	static final String ENTITY = "Cluster";

	private final ClusterRepository clusters;

	private final ClusterService service;

	private final DistrictService districts;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final org.springframework.beans.factory.ObjectProvider<NextLeaders> nextLeaders;

	ClusterAdminService(ClusterRepository clusters, ClusterService service, DistrictService districts,
			AuditService audit, EntityManager entityManager,
			org.springframework.beans.factory.ObjectProvider<NextLeaders> nextLeaders) {
		this.nextLeaders = nextLeaders;
		this.clusters = clusters;
		this.service = service;
		this.districts = districts;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	public List<Cluster> ofYear(CurrentUser admin, int year) {
		return this.service.clustersOf(admin.provinceId(), year);
	}

	/** The units of the province that exist in the year, in Vietnamese order. */
	public List<District> districtsOf(CurrentUser admin, int year) {
		return this.districts.ofProvince(admin.provinceId(), year);
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
		if (source.isEmpty()) {
			errors.rejectValue("from", "cluster.copy.noSource");
		}
		if (to == null || to < 2000 || to > 2100) {
			errors.rejectValue("to", "cluster.copy.badYear");
		}
		else if (!this.clusters.findAllOfYear(admin.provinceId(), to).isEmpty()) {
			errors.rejectValue("to", "cluster.copy.exists", new Object[] { Integer.toString(to) }, null);
		}
		if (errors.hasErrors()) {
			return 0;
		}
		Province province = this.entityManager.getReference(Province.class, admin.provinceId());
		for (Cluster old : source) {
			List<District> members = old.getSortedMembers().stream().filter((d) -> d.existedIn(to)).toList();
			if (members.isEmpty()) {
				continue;
			}
			District leader = members.contains(old.getLeader()) ? old.getLeader() : members.get(0);
			District deputy = (old.getDeputy() != null && members.contains(old.getDeputy())) ? old.getDeputy() : null;
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
				District previousLeader = leader;
				leader = (deputy != null) ? deputy : leader;
				deputy = next(members, leader, previousLeader);
			}
			Cluster copy = new Cluster(province, to, old.getName(), old.getNote());
			copy.define(old.getName(), leader, deputy, members);
			this.clusters.save(copy);
			this.audit.record(admin, "CLUSTER_CREATED", ENTITY, copy.getId(),
					"Tạo " + copy.getName() + " năm " + to + " từ năm " + from + " (cụm trưởng " + leader.getName()
							+ ((deputy != null) ? ", cụm phó " + deputy.getName() : "") + ", " + members.size()
							+ " đơn vị" + (rotate ? ", luân phiên" : "") + ")");
		}
		return source.size();
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
		Map<Long, District> available = districtsOf(admin, year).stream()
			.collect(Collectors.toMap(District::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<District> members = new ArrayList<>();
		List<String> taken = new ArrayList<>();
		for (Long id : form.getMemberIds().stream().filter(Objects::nonNull).distinct().toList()) {
			District district = available.get(id);
			if (district == null) {
				continue;
			}
			members.add(district);
			ofYear.stream()
				.filter((c) -> c != cluster && c.hasMember(id))
				.findFirst()
				.ifPresent((other) -> taken.add(district.getName() + " (" + other.getName() + ")"));
		}
		if (!taken.isEmpty()) {
			errors.rejectValue("memberIds", "cluster.member.taken", new Object[] { String.join(", ", taken) }, null);
		}
		// leader and deputy are among the members (the form says so, LeaderAmongMembers)
		District leader = members.stream().filter((d) -> d.getId().equals(form.getLeaderId())).findFirst().orElse(null);
		District deputy = (form.getDeputyId() != null)
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
				name + " năm " + year + ": cụm trưởng " + leader.getName()
						+ ((deputy != null) ? ", cụm phó " + deputy.getName() : "") + ", thành viên "
						+ members.stream()
							.map(District::getName)
							.sorted(VietnameseCollation.comparing(Function.identity()))
							.collect(Collectors.joining(", ")));
		return saved;
	}

	/**
	 * The member after {@code from} in Vietnamese order (cyclic), other than {@code skip}
	 * unless no other is left.
	 */
	private static District next(List<District> members, District from, District skip) {
		List<District> ordered = members.stream().sorted(VietnameseCollation.comparing(District::getName)).toList();
		int start = ordered.indexOf(from);
		for (int i = 1; i < ordered.size(); i++) {
			District candidate = ordered.get((start + i) % ordered.size());
			if (candidate != skip && candidate != from) {
				return candidate;
			}
		}
		return (skip != from) ? skip : null;
	}

}
