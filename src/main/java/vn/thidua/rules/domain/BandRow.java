package vn.thidua.rules.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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

	protected BandRow() {
	}

	public BandRow(String code, String name, BigDecimal lowerBound) {
		this.code = code;
		this.name = name;
		this.lowerBound = lowerBound;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public BigDecimal getLowerBound() {
		return this.lowerBound;
	}

}
