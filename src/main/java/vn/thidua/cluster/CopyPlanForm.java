package vn.thidua.cluster;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.shared.CopyYearForm;

/**
 * The preview of a year copied across a reform of units, as the administrator edits it
 * before confirming: the proposed clusters (name, leader, deputy, where each came from)
 * and every unit of the plan with the cluster it goes to. Nothing of it is saved until
 * the whole plan is confirmed. The years and the rotation are those of the copy it comes
 * from.
 */
public class CopyPlanForm extends CopyYearForm {

	private List<PlannedCluster> clusters = new ArrayList<>();

	private List<PlacedUnit> units = new ArrayList<>();

	private List<String> withoutSuccessors = new ArrayList<>();

	public List<PlannedCluster> getClusters() {
		return this.clusters;
	}

	public void setClusters(List<PlannedCluster> clusters) {
		this.clusters = clusters;
	}

	public List<PlacedUnit> getUnits() {
		return this.units;
	}

	public void setUnits(List<PlacedUnit> units) {
		this.units = units;
	}

	/**
	 * The former members that ended before the new year with no successor in it (the plan
	 * says so: they are not carried over).
	 */
	public List<String> getWithoutSuccessors() {
		return this.withoutSuccessors;
	}

	public void setWithoutSuccessors(List<String> withoutSuccessors) {
		this.withoutSuccessors = withoutSuccessors;
	}

	/** The units placed in the cluster at this position (1 for the first). */
	public List<PlacedUnit> unitsOf(int cluster) {
		return this.units.stream().filter((unit) -> unit.getCluster() != null && unit.getCluster() == cluster).toList();
	}

	/** The units the plan leaves out of every cluster. */
	public List<PlacedUnit> unplaced() {
		return this.units.stream()
			.filter((unit) -> unit.getCluster() == null || unit.getCluster() < 1
					|| unit.getCluster() > this.clusters.size())
			.toList();
	}

	/** A cluster of the plan. */
	public static class PlannedCluster {

		private String name;

		private Long leaderId;

		private Long deputyId;

		private String note;

		public PlannedCluster() {
		}

		PlannedCluster(String name, Long leaderId, Long deputyId, String note) {
			this.name = name;
			this.leaderId = leaderId;
			this.deputyId = deputyId;
			this.note = note;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Long getLeaderId() {
			return this.leaderId;
		}

		public void setLeaderId(Long leaderId) {
			this.leaderId = leaderId;
		}

		public Long getDeputyId() {
			return this.deputyId;
		}

		public void setDeputyId(Long deputyId) {
			this.deputyId = deputyId;
		}

		/** Where the cluster comes from (kept as the cluster's note). */
		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/** A unit of the plan and the cluster it goes to (0: none). */
	public static class PlacedUnit {

		private Long unitId;

		private String origin;

		private Integer cluster;

		public PlacedUnit() {
		}

		PlacedUnit(Long unitId, String origin, Integer cluster) {
			this.unitId = unitId;
			this.origin = origin;
			this.cluster = cluster;
		}

		public Long getUnitId() {
			return this.unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

		/**
		 * The earlier member it succeeds ("kế thừa huyện Diễn Châu"), or {@code null} for
		 * a member that continues.
		 */
		public String getOrigin() {
			return this.origin;
		}

		public void setOrigin(String origin) {
			this.origin = origin;
		}

		public Integer getCluster() {
			return this.cluster;
		}

		public void setCluster(Integer cluster) {
			this.cluster = cluster;
		}

	}

}
