package vn.thidua.report;

import vn.thidua.shared.NotFoundException;

/**
 * No such report, or one the user may not see.
 */
public class ReportNotFoundException extends NotFoundException {

	public ReportNotFoundException(long id) {
		super("Report", id);
	}

}
