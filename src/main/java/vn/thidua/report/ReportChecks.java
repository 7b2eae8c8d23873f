package vn.thidua.report;

import java.math.BigDecimal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;

import vn.thidua.report.domain.ReportConflictException;
import vn.thidua.report.domain.ReportStateException;
import vn.thidua.report.domain.Score;
import vn.thidua.shared.Points;

/**
 * The checks every change of a report makes before writing, shared by the writing
 * ({@link ReportWorkflow}) and the review ({@link ReportReview}).
 */
final class ReportChecks {

	/** Audit summaries are written in Vietnamese, whoever reads the page. */
	static final java.util.Locale AUDIT_LOCALE = java.util.Locale.forLanguageTag("vi");

	private ReportChecks() {
	}

	/**
	 * With an error nothing is written, not even the version increment of the lock: the
	 * user's corrected retry from the same page must not conflict with its own rejected
	 * attempt.
	 */
	static boolean rejected(Errors errors) {
		if (errors.hasErrors()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return true;
		}
		return false;
	}

	/**
	 * The points of a score if within its maximum, else {@code null} with the reason at
	 * the field (the form's binding already refused what is not a number).
	 */
	static BigDecimal withinMax(Points points, Score score, String field, Errors errors) {
		if (points == null) {
			return null;
		}
		if (points.exceeds(score.getMaxPoints())) {
			errors.rejectValue(field, "report.points.range",
					new Object[] { Points.format(score.getMaxPoints(), LocaleContextHolder.getLocale()) }, null);
			return null;
		}
		return points.value();
	}

	/**
	 * An evidence file chosen with the draft is checked with the points: either both are
	 * saved, or neither and the page shows why.
	 */
	static void requireEditable(QuarterlyReport report) {
		if (!report.isEditable()) {
			throw new ReportStateException(report.getId(), "report.error.notEditable");
		}
	}

	static void requireStatus(QuarterlyReport report, ReportStatus status) {
		if (report.getStatus() != status) {
			throw new ReportStateException(report.getId(), "report.error.status." + status.name());
		}
	}

	static void requireVersion(QuarterlyReport report, int version) {
		if (report.getVersion() != version) {
			throw new ReportConflictException(report.getId());
		}
	}

	static String trimToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
