package vn.thidua.report;

import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;

import vn.thidua.report.web.NewReportForm;
import vn.thidua.report.web.ReportForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Points;

/**
 * Test data for reports: demo users as principals, a new Q4 2014 draft, a fully filled
 * form.
 */
@Component
class ReportFixtures {

	final UserDetailsService users;

	final ReportWorkflow workflow;

	final ReportCreation creation;

	final ReportService reports;

	final EntityManager entityManager;

	final SmartValidator validator;

	ReportFixtures(UserDetailsService users, ReportWorkflow workflow, ReportCreation creation, ReportService reports,
			EntityManager entityManager, SmartValidator validator) {
		this.validator = validator;
		this.users = users;
		this.workflow = workflow;
		this.creation = creation;
		this.reports = reports;
		this.entityManager = entityManager;
	}

	CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	/**
	 * A new draft of the leader's cluster for Q4 2014 (the demo has Q1–Q3).
	 */
	long newDraft(String leader) {
		NewReportForm form = new NewReportForm();
		form.setYear(2014);
		form.setQuarter(4);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		long id = this.creation.create(user(leader), form, errors).orElseThrow();
		this.entityManager.flush();
		return id;
	}

	/**
	 * The editor's form as the page shows it, with every points input set to
	 * {@code points} and the required narrative written.
	 */
	ReportForm filledForm(String leader, long id, String points) {
		ReportSheet sheet = this.reports.sheet(user(leader), id);
		ReportForm form = ReportForm.from(sheet);
		form.getPoints().replaceAll((key, value) -> points(points));
		form.setResults("Hoàn thành 100% chỉ tiêu hộp thư điện tử công vụ.");
		form.setNextFocus("Triển khai dịch vụ công trực tuyến mức độ 3.");
		return form;
	}

	/** Points as a person types them. */
	static Points points(String typed) {
		try {
			return Points.parse(typed);
		}
		catch (java.text.ParseException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/** The form checked by the app's validator, as a controller's {@code @Valid} does. */
	BeanPropertyBindingResult validated(Object form, Object... groups) {
		BeanPropertyBindingResult errors = errors(form);
		this.validator.validate(form, errors, groups);
		return errors;
	}

	BeanPropertyBindingResult errors(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	Map<String, Object> row(String sql, Object... parameters) {
		var query = this.entityManager.createNativeQuery(sql, jakarta.persistence.Tuple.class);
		for (int i = 0; i < parameters.length; i++) {
			query.setParameter(i + 1, parameters[i]);
		}
		jakarta.persistence.Tuple tuple = (jakarta.persistence.Tuple) query.getSingleResult();
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		tuple.getElements().forEach((e) -> row.put(e.getAlias(), tuple.get(e)));
		return row;
	}

	long count(String sql, Object... parameters) {
		var query = this.entityManager.createNativeQuery(sql);
		for (int i = 0; i < parameters.length; i++) {
			query.setParameter(i + 1, parameters[i]);
		}
		return ((Number) query.getSingleResult()).longValue();
	}

}
