package vn.thidua.criteria.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.criteria.CriteriaService;
import vn.thidua.criteria.CriteriaSet;
import vn.thidua.criteria.CriteriaTree;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.Measure;
import vn.thidua.criteria.domain.CriteriaSetRepository;
import vn.thidua.criteria.domain.CriterionRepository;
import vn.thidua.unit.Province;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.NotFoundException;

/**
 * The administrator's criteria editor: copy a year's set into a new draft, edit its
 * groups and criteria, publish it once the scored groups total 100 and each group's
 * criteria add up to the group. A published set is read-only (reports are scored against
 * it).
 */
@Service
@Transactional(readOnly = true)
public class CriteriaAdminService {

	static final String ENTITY = "CriteriaSet";

	static final BigDecimal HUNDRED = new BigDecimal("100");

	private final CriteriaSetRepository sets;

	private final CriterionRepository criteria;

	private final CriteriaService reader;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	CriteriaAdminService(CriteriaSetRepository sets, CriterionRepository criteria, CriteriaService reader,
			AuditService audit, EntityManager entityManager, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.sets = sets;
		this.criteria = criteria;
		this.reader = reader;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	public CriteriaSet set(CurrentUser admin, long setId) {
		return this.sets.findById(setId)
			.filter((s) -> s.getProvinceId() == admin.provinceId())
			.orElseThrow(() -> NotFoundException.of("CriteriaSet", setId));
	}

	public Criterion item(CurrentUser admin, long id) {
		return this.criteria.findById(id)
			.filter((c) -> c.getCriteriaSet().getProvinceId() == admin.provinceId())
			.orElseThrow(() -> NotFoundException.of("Criterion", id));
	}

	public CriteriaTree tree(CriteriaSet set) {
		return CriteriaTree.of(set, this.criteria.findOfSet(set.getId()));
	}

	/**
	 * A new draft set for {@code to} with the groups and criteria of {@code from}.
	 */
	@Transactional
	public CriteriaSet copy(CurrentUser admin, Integer from, Integer to, Errors errors) {
		CriteriaSet source = (from != null) ? this.sets.findOfYear(admin.provinceId(), from).orElse(null) : null;
		if (source == null) {
			errors.rejectValue("from", "criteria.copy.noSource");
		}
		if (to == null || to < 2000 || to > 2100) {
			errors.rejectValue("to", "cluster.copy.badYear");
		}
		else if (this.sets.findOfYear(admin.provinceId(), to).isPresent()) {
			errors.rejectValue("to", "criteria.copy.exists", new Object[] { Integer.toString(to) }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		String name = source.getName().contains(Integer.toString(from))
				? source.getName().replace(Integer.toString(from), Integer.toString(to))
				: source.getName() + " năm " + to;
		CriteriaSet copy = this.sets
			.save(new CriteriaSet(this.entityManager.getReference(Province.class, admin.provinceId()), to, name));
		Map<Long, Criterion> copies = new HashMap<>();
		List<Criterion> rows = this.criteria.findOfSet(source.getId());
		for (Criterion row : rows) {
			if (row.getParentId() == null) {
				copies.put(row.getId(), this.criteria.save(row.copyInto(copy, null)));
			}
		}
		for (Criterion row : rows) {
			if (row.getParentId() != null) {
				this.criteria.save(row.copyInto(copy, copies.get(row.getParentId())));
			}
		}
		this.audit.record(admin, "CRITERIA_COPIED", ENTITY, copy.getId(),
				this.audit.words("trail.criteria.copied", from, to, rows.size()));
		return copy;
	}

	/**
	 * Adds a group ({@code parentId} null) or a criterion to a draft set.
	 */
	@Transactional
	public Criterion add(CurrentUser admin, long setId, Long parentId, CriterionForm form, Errors errors) {
		CriteriaSet set = draft(admin, setId, errors);
		Criterion parent = (parentId != null) ? item(admin, parentId) : null;
		if (parent != null && (!parent.getCriteriaSet().getId().equals(setId) || parent.getParentId() != null)) {
			throw NotFoundException.of("Criterion", parentId);
		}
		List<Criterion> rows = this.criteria.findOfSet(setId);
		BigDecimal points = check(rows, null, parent, form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		int sort = rows.stream()
			.filter((c) -> (parent == null) ? c.getParentId() == null
					: parent.getId().equals(c.getParentId()) || c == parent)
			.mapToInt(Criterion::getSortOrder)
			.max()
			.orElse(0) + ((parent == null) ? 10 : 1);
		Measure measure = measure(form, parent == null, points, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Criterion created = new Criterion(set, parent, form.getCode().strip(), form.getTitle().strip(), form.getField(),
				form.getKind(), points, sort);
		created.measure(measure);
		Criterion added = this.criteria.save(created);
		this.audit.record(admin, "CRITERION_ADDED", ENTITY, setId,
				this.audit.words((parent == null) ? "trail.criteria.groupAdded" : "trail.criteria.criterionAdded",
						added.getCode(), added.getTitle(), points.toPlainString()));
		return added;
	}

	@Transactional
	public boolean update(CurrentUser admin, long id, CriterionForm form, Errors errors) {
		Criterion row = item(admin, id);
		CriteriaSet set = draft(admin, row.getCriteriaSet().getId(), errors);
		List<Criterion> rows = this.criteria.findOfSet(set.getId());
		BigDecimal points = check(rows, row, row.getParent(), form, errors);
		Measure measure = measure(form, row.getParentId() == null, points, errors);
		if (errors.hasErrors()) {
			return false;
		}
		row.measure(measure);
		String before = row.getCode() + " " + row.getTitle() + " (" + row.getMaxPoints().toPlainString() + ")";
		row.update(form.getCode().strip(), form.getTitle().strip(), form.getField(), form.getKind(), points);
		if (row.getParentId() == null) {
			rows.stream().filter((c) -> row.getId().equals(c.getParentId())).forEach((c) -> c.follow(row));
		}
		this.audit.record(admin, "CRITERION_UPDATED", ENTITY, set.getId(), this.audit.words("trail.criteria.updated",
				before, row.getCode(), row.getTitle(), points.toPlainString()));
		return true;
	}

	/** Removes a criterion, or a group with its criteria, from a draft set. */
	@Transactional
	public boolean delete(CurrentUser admin, long id, Errors errors) {
		Criterion row = item(admin, id);
		CriteriaSet set = draft(admin, row.getCriteriaSet().getId(), errors);
		if (errors.hasErrors()) {
			return false;
		}
		this.criteria.findOfSet(set.getId())
			.stream()
			.filter((c) -> row.getId().equals(c.getParentId()))
			.forEach(this.criteria::delete);
		this.criteria.delete(row);
		this.audit.record(admin, "CRITERION_DELETED", ENTITY, set.getId(),
				this.audit.words("trail.criteria.deleted", row.getCode(), row.getTitle()));
		return true;
	}

	/**
	 * Publishes a draft whose scored groups total 100, whose groups each have criteria
	 * adding up to the group's maximum.
	 */
	@Transactional
	public boolean publish(CurrentUser admin, long setId, Errors errors) {
		CriteriaSet set = draft(admin, setId, errors);
		if (errors.hasErrors()) {
			return false;
		}
		CriteriaTree tree = tree(set);
		if (!tree.isScoreTotalHundred()) {
			errors.reject("criteria.publish.total", new Object[] { tree.scoreTotal() }, null);
		}
		for (CriteriaTree.Group group : tree.groups()) {
			if (group.criteria().isEmpty()) {
				errors.reject("criteria.publish.emptyGroup", new Object[] { group.group().getCode() }, null);
			}
			else if (!group.isConsistent()) {
				errors.reject("criteria.publish.groupTotal",
						new Object[] { group.group().getCode(), group.criteriaTotal(), group.group().getMaxPoints() },
						null);
			}
		}
		if (errors.hasErrors()) {
			return false;
		}
		set.publish(this.clock.instant());
		this.audit.record(admin, "CRITERIA_PUBLISHED", ENTITY, set.getId(),
				this.audit.words("trail.criteria.published", set.getName(), tree.criterionCount()));
		this.events.publishEvent(new vn.thidua.shared.YearPublished(vn.thidua.shared.YearPublished.What.CRITERIA,
				admin.provinceId(), set.getYear()));
		return true;
	}

	public List<Integer> years(CurrentUser admin) {
		return this.reader.years(admin.provinceId());
	}

	private CriteriaSet draft(CurrentUser admin, long setId, Errors errors) {
		CriteriaSet set = set(admin, setId);
		if (set.isPublished()) {
			errors.reject("criteria.published");
		}
		return set;
	}

	/**
	 * The measure of a measured criterion (a group is never measured), or errors on its
	 * fields: unit, target ≥ 0, direction, formula, and steps "value:points; …" for the
	 * stepped formula, with points not above the criterion's maximum.
	 */
	static Measure measure(CriterionForm form, boolean group, BigDecimal max, Errors errors) {
		if (!form.isMeasured()) {
			return null;
		}
		if (group) {
			errors.rejectValue("measured", "criteria.measure.group");
			return null;
		}
		if (form.getMeasureUnit() == null) {
			errors.rejectValue("measureUnit", "criteria.measure.unit");
		}
		BigDecimal target = null;
		try {
			target = vn.thidua.criteria.MeasuredValues.parse(form.getMeasureTarget());
		}
		catch (java.text.ParseException ex) {
			// below
		}
		if (target == null) {
			errors.rejectValue("measureTarget", "criteria.measure.target");
		}
		if (form.getMeasureDirection() == null) {
			errors.rejectValue("measureDirection", "criteria.measure.direction");
		}
		if (form.getMeasureFormula() == null) {
			errors.rejectValue("measureFormula", "criteria.measure.formula");
		}
		else if (form.getMeasureFormula() == Measure.Formula.STEPS) {
			try {
				List<Measure.Step> steps = Measure.parseSteps(form.getMeasureSteps());
				if (max != null && steps.stream()
					.anyMatch((step) -> step.points().compareTo(max) > 0 || step.points().signum() < 0
							|| step.value().signum() < 0)) {
					errors.rejectValue("measureSteps", "criteria.measure.stepsRange");
				}
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("measureSteps", "criteria.measure.steps");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Measure(form.getMeasureUnit(), target, form.getMeasureDirection(), form.getMeasureFormula(),
				(form.getMeasureSteps() != null) ? form.getMeasureSteps().strip() : null);
	}

	/** Checks the form against the rules and the set's other {@code rows}. */
	private BigDecimal check(List<Criterion> rows, Criterion row, Criterion parent, CriterionForm form, Errors errors) {
		// the form checks code, title and points by themselves (CriterionForm); here what
		// needs the set
		String code = (form.getCode() != null) ? form.getCode().strip() : "";
		if (errors.hasFieldErrors("code")) {
			// already said
		}
		else if (parent != null && !code.startsWith(parent.getCode() + ".")) {
			errors.rejectValue("code", "criteria.code.underGroup", new Object[] { parent.getCode() }, null);
		}
		else if (rows.stream().anyMatch((c) -> c != row && c.getCode().equals(code))) {
			errors.rejectValue("code", "criteria.code.taken");
		}
		boolean group = (row != null) ? row.getParentId() == null : parent == null;
		if (group && form.getField() == null) {
			errors.rejectValue("field", "criteria.field.required");
		}
		if (group && form.getKind() == null) {
			errors.rejectValue("kind", "criteria.kind.required");
		}
		return (form.getMaxPoints() != null) ? form.getMaxPoints().value() : null;
	}

}
