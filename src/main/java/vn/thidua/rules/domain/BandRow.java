package vn.thidua.rules.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

import vn.thidua.rules.FloorScope;
import vn.thidua.rules.Rules;

/**
 * A classification band of a rule set (table {@code rule_bands}).
 */
@Embeddable
public class BandRow {

	@Column(nullable = false, length = 12)
	private String code;

	@Column(nullable = false, length = 60)
	private String name;

	@Column(name = "lower_bound", nullable = false, precision = 5, scale = 2)
	private BigDecimal lowerBound;

	@Column(name = "floor_percent")
	private Integer floorPercent;

	@Enumerated(EnumType.STRING)
	@Column(name = "floor_scope", length = 10)
	private FloorScope floorScope;

	protected BandRow() {
	}

	public BandRow(Rules.Band band) {
		this.code = band.code();
		this.name = band.name();
		this.lowerBound = band.lowerBound();
		this.floorPercent = band.floorPercent();
		this.floorScope = band.floorScope();
	}

	public Rules.Band toBand() {
		return new Rules.Band(this.code, this.name, this.lowerBound, this.floorPercent, this.floorScope);
	}

}
