package vn.thidua.report.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.report.domain.ReportConflictException;
import vn.thidua.report.domain.ReportStateException;

/**
 * For every report page: acting on a report whose state no longer allows it (editing an
 * approved report from an old tab or bookmark, approving one already approved) leads back
 * to the report with the reason, never to an error page.
 */
@ControllerAdvice(basePackageClasses = ReportStaleAdvice.class)
class ReportStaleAdvice {

	/**
	 * Acting on a page that is no longer current: the page again, freshly loaded, with
	 * the reason. Nothing was changed.
	 */
	@ExceptionHandler({ ReportConflictException.class, ReportStateException.class,
			ObjectOptimisticLockingFailureException.class })
	String stale(RuntimeException ex, RedirectAttributes redirect) {
		Object id;
		if (ex instanceof ReportConflictException conflict) {
			id = conflict.reportId();
		}
		else if (ex instanceof ReportStateException state) {
			id = state.reportId();
		}
		else {
			id = ((ObjectOptimisticLockingFailureException) ex).getIdentifier();
		}
		redirect.addFlashAttribute("error",
				(ex instanceof ReportStateException) ? ex.getMessage() : "report.conflict.review");
		return "redirect:/reports/" + id;
	}

}
