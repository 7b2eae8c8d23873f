package vn.thidua.meeting;

import vn.thidua.shared.NotFoundException;

/**
 * No such meeting (or task) in the user's province.
 */
public class MeetingNotFoundException extends NotFoundException {

	MeetingNotFoundException(long id) {
		super("Meeting", id);
	}

}
