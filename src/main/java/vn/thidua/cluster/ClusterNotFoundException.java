package vn.thidua.cluster;

import vn.thidua.shared.NotFoundException;

/**
 * No such cluster in the user's province.
 */
public class ClusterNotFoundException extends NotFoundException {

	ClusterNotFoundException(long id) {
		super("Cluster", id);
	}

}
