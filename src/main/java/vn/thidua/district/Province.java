package vn.thidua.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.thidua.shared.BaseEntity;

/**
 * A province (tỉnh); every department user belongs to one and never sees another's data.
 */
@Entity
@Table(name = "provinces")
public class Province extends BaseEntity {

	@Column(nullable = false, length = 2)
	private String code;

	@Column(nullable = false)
	private String name;

	protected Province() {
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

}
