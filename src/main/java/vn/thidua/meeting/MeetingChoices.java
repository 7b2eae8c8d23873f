package vn.thidua.meeting;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitService;
import vn.thidua.meeting.web.MeetingForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Years;

/**
 * What a meeting form offers a user, exactly what {@link MeetingService#save} accepts:
 * the clusters and units of the meeting's year as {@link MeetingPolicy} allows.
 */
@Component
@Transactional(readOnly = true)
public class MeetingChoices {

	private final ClusterService clusters;

	private final UnitService units;

	private final MeetingPolicy policy;

	private final Clock clock;

	MeetingChoices(ClusterService clusters, UnitService units, MeetingPolicy policy, Clock clock) {
		this.clusters = clusters;
		this.units = units;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * The year whose clusters and units a meeting form offers: the year of its start
	 * date, or the year the app opens on while no date is typed.
	 */
	public int yearOf(CurrentUser user, MeetingForm form) {
		return (form.getStartDate() != null) ? form.getStartDate().getYear()
				: Years.choose(null, this.clusters.ownYears(user), this.clock);
	}

	/**
	 * The clusters a user may put a meeting of {@code year} in, exactly those that
	 * {@link #save} accepts: the department any cluster of the year, a leader only those
	 * it leads.
	 */
	public List<Cluster> clusterChoices(CurrentUser user, int year) {
		List<Cluster> all = this.clusters.clustersOf(user.provinceId(), year);
		if (this.policy.onlyOwnClusters(user)) {
			return all.stream().filter((c) -> c.getLeader().getId().equals(user.unitId())).toList();
		}
		return all;
	}

	/**
	 * Whether the user may save a meeting outside any cluster (a leader's meetings are
	 * its cluster's).
	 */
	public boolean mayLeaveClusterEmpty(CurrentUser user) {
		return this.policy.mayLeaveClusterEmpty(user);
	}

	/**
	 * The units a meeting of {@code year} may name as host, participant or responsible
	 * for a task: the province's units that exist in that year, of the levels the year's
	 * clusters are formed of.
	 */
	public List<Unit> unitChoices(CurrentUser user, int year) {
		return this.units.ofClusterLevels(user.provinceId(), year);
	}

}
