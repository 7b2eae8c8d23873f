package vn.thidua.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

import vn.thidua.unit.Province;
import vn.thidua.rules.domain.AwardRow;
import vn.thidua.rules.domain.BandRow;
import vn.thidua.shared.BaseEntity;

/**
 * The rules of one province and year: drafted, then published. A published set is
 * read-only (the database refuses changes too), so that a finalized ranking that names it
 * keeps its rules.
 */
@Entity
@Table(name = "rule_sets")
public class RuleSet extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id", updatable = false)
	private Province province;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RuleSetStatus status = RuleSetStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PeriodScheme periods;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "integer[]")
	private Integer[] weights;

	@Column(name = "deadline_day", nullable = false)
	private int deadlineDay;

	private Instant publishedAt;

	@Column(name = "evidence_shared", nullable = false)
	private boolean evidenceShared;

	@Column(length = 4000)
	private String basis;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "rule_bands", joinColumns = @JoinColumn(name = "rule_set_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<BandRow> bands = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "rule_awards", joinColumns = @JoinColumn(name = "rule_set_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	private List<AwardRow> awards = new ArrayList<>();

	@Version
	private int version;

	protected RuleSet() {
	}

	/** A new draft with the content of {@code rules}. */
	public RuleSet(Province province, int year, Rules rules) {
		this.province = province;
		this.year = year;
		change(rules);
	}

	/** Replaces the content of a draft. */
	public void change(Rules rules) {
		if (isPublished()) {
			throw new IllegalStateException("A published rule set is read-only");
		}
		this.periods = rules.periods();
		this.weights = rules.weights().toArray(new Integer[0]);
		this.deadlineDay = rules.deadlineDay();
		this.evidenceShared = rules.evidenceShared();
		this.bands.clear();
		this.basis = rules.basis();
		rules.bands().forEach((b) -> this.bands.add(new BandRow(b)));
		this.awards.clear();
		rules.awards().forEach((a) -> this.awards.add(new AwardRow(a)));
	}

	public void publish(Instant at) {
		this.status = RuleSetStatus.PUBLISHED;
		this.publishedAt = at;
	}

	public boolean isPublished() {
		return this.status == RuleSetStatus.PUBLISHED;
	}

	/** The rules of this set, with the year's exclusions. */
	public Rules toRules(Map<Long, Rules.Exclusion> exclusions) {
		return new Rules(getId(), this.periods, List.of(this.weights), this.deadlineDay,
				this.bands.stream().map(BandRow::toBand).toList(), this.awards.stream().map(AwardRow::toRule).toList(),
				exclusions, this.evidenceShared, this.basis);
	}

	public long getProvinceId() {
		return this.province.getId();
	}

	public int getYear() {
		return this.year;
	}

	public RuleSetStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public int getVersion() {
		return this.version;
	}

}
