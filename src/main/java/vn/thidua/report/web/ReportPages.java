package vn.thidua.report.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import vn.thidua.audit.AuditService;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportSheet;
import vn.thidua.report.ReportWorkflow;
import vn.thidua.report.attachment.AttachmentService;
import vn.thidua.shared.CurrentUser;

/**
 * Fills the model of a report's detail page, for the page itself and for the review forms
 * shown again with their errors.
 */
@Component
class ReportPages {

	static final String DETAIL = "report/detail";

	private final ReportService reports;

	private final AttachmentService attachments;

	private final AuditService audit;

	private final MessageSource messages;

	ReportPages(ReportService reports, AttachmentService attachments, AuditService audit, MessageSource messages) {
		this.messages = messages;
		this.reports = reports;
		this.attachments = attachments;
		this.audit = audit;
	}

	// the page's reads (sheet, history, events, files) in one read-only transaction: one
	// connection and one commit for the page, not one per service called
	@Transactional(readOnly = true)
	String detail(CurrentUser user, long id, Model model) {
		ReportSheet sheet = this.reports.sheet(user, id);
		model.addAttribute("sheet", sheet);
		model.addAttribute("report", sheet.report());
		model.addAttribute("matrix", ScoreMatrix.of(sheet, this.messages, LocaleContextHolder.getLocale()));
		model.addAttribute("history", this.reports.history(id));
		model.addAttribute("events", this.audit.of(ReportWorkflow.ENTITY, id));
		model.addAttribute("attachments", this.attachments.list(user, sheet.report()));
		int version = sheet.report().getVersion();
		for (String name : new String[] { "returnForm", "reopenForm" }) {
			if (!model.containsAttribute(name)) {
				ReasonForm form = new ReasonForm();
				form.setVersion(version);
				model.addAttribute(name, form);
			}
		}
		if (!model.containsAttribute("adjustForm")) {
			AdjustForm form = new AdjustForm();
			form.setVersion(version);
			model.addAttribute("adjustForm", form);
		}
		return DETAIL;
	}

}
