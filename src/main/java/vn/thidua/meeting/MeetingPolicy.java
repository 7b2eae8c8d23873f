package vn.thidua.meeting;

import org.springframework.stereotype.Component;

import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;

/**
 * Who may write meetings and close their tasks, the one place that says it (the security
 * configuration, the service, the controller and the pages ask it): the department any
 * meeting of its province, a cluster leader the meetings of the cluster it leads; a unit
 * closes its own tasks.
 */
@Component("meetingPolicy")
public class MeetingPolicy {

	/** Who may open the meeting form at all. */
	public boolean mayWriteMeetings(CurrentUser user) {
		return user.hasRole(Role.STAFF) || user.hasRole(Role.ADMIN) || user.hasRole(Role.CLUSTER_LEADER);
	}

	/** Whether the user may change this meeting ({@code null}: a new one). */
	public boolean mayEdit(CurrentUser user, Meeting meeting) {
		// a predecessor province's meeting is read, never written
		if (meeting != null && meeting.getProvinceId() != user.provinceId()) {
			return false;
		}
		if (user.hasRole(Role.STAFF) || user.hasRole(Role.ADMIN)) {
			return true;
		}
		return user.hasRole(Role.CLUSTER_LEADER) && (meeting == null
				|| (meeting.getCluster() != null && meeting.getCluster().getLeader().getId().equals(user.unitId())));
	}

	/** A leader's meetings are its cluster's; the department may record others. */
	public boolean mayLeaveClusterEmpty(CurrentUser user) {
		return !user.hasRole(Role.CLUSTER_LEADER);
	}

	/** Whether a leader's cluster choice is limited to the clusters it leads. */
	public boolean onlyOwnClusters(CurrentUser user) {
		return user.hasRole(Role.CLUSTER_LEADER);
	}

	/** The responsible unit closes its task; so may whoever edits the meeting. */
	public boolean mayComplete(CurrentUser user, FollowUpTask task) {
		boolean own = task.getResponsibleUnit() != null && task.getResponsibleUnit().getId().equals(user.unitId());
		return own || mayEdit(user, task.getMeeting());
	}

	/** Whether the "mark done" form is shown to the user for this task. */
	public boolean isOwnTask(CurrentUser user, FollowUpTask task) {
		return task.getResponsibleUnit() != null && task.getResponsibleUnit().getId().equals(user.unitId());
	}

}
