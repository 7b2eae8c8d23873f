package vn.thidua.cluster;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A cluster as the administrator defines it for a year. The form checks its own
 * consistency ({@link LeaderAmongMembers}); the service what needs the year's other
 * clusters (a name or a unit taken).
 */
@LeaderAmongMembers
public class ClusterForm {

	@NotBlank(message = "{cluster.name.required}")
	@Size(max = 100, message = "{cluster.name.required}")
	private String name;

	private Long leaderId;

	private Long deputyId;

	private List<Long> memberIds = new ArrayList<>();

	private Integer version;

	static ClusterForm of(Cluster cluster) {
		ClusterForm form = new ClusterForm();
		form.name = cluster.getName();
		form.leaderId = cluster.getLeader().getId();
		form.deputyId = (cluster.getDeputy() != null) ? cluster.getDeputy().getId() : null;
		form.memberIds = new ArrayList<>(cluster.getSortedMembers().stream().map((d) -> d.getId()).toList());
		form.version = cluster.getVersion();
		return form;
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

	public List<Long> getMemberIds() {
		return this.memberIds;
	}

	public void setMemberIds(List<Long> memberIds) {
		this.memberIds = (memberIds != null) ? memberIds : new ArrayList<>();
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
