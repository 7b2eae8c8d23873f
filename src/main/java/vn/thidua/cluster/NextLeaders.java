package vn.thidua.cluster;

import java.util.Optional;

import vn.thidua.unit.Unit;

/**
 * Who a cluster elected to lead it next year (its closing conference), for the year
 * set-up to take; implemented by the closing module.
 */
public interface NextLeaders {

	/**
	 * The leader and deputy elected at the closing of that cluster-year, if it is closed.
	 */
	Optional<Elected> of(long clusterId);

	/**
	 * @param leader next year's leader
	 * @param deputy next year's deputy, or {@code null}
	 */
	record Elected(Unit leader, Unit deputy) {
	}

}
