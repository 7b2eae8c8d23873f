package vn.thidua.shared;

/**
 * Copy what a year holds (clusters, criteria) into a new year; {@code rotate} where the
 * copy can rotate roles (cluster leader and deputy).
 */
public class CopyYearForm {

	private Integer from;

	private Integer to;

	private boolean rotate;

	/** From the newest year into the one after it, rotating. */
	public static CopyYearForm after(java.util.List<Integer> yearsNewestFirst) {
		CopyYearForm form = new CopyYearForm();
		if (!yearsNewestFirst.isEmpty()) {
			form.from = yearsNewestFirst.get(0);
			form.to = yearsNewestFirst.get(0) + 1;
		}
		form.rotate = true;
		return form;
	}

	public Integer getFrom() {
		return this.from;
	}

	public void setFrom(Integer from) {
		this.from = from;
	}

	public Integer getTo() {
		return this.to;
	}

	public void setTo(Integer to) {
		this.to = to;
	}

	public boolean isRotate() {
		return this.rotate;
	}

	public void setRotate(boolean rotate) {
		this.rotate = rotate;
	}

}
