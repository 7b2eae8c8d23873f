package vn.thidua.ranking;

/**
 * What a district is proposed for. Default rule (DESIGN.md §4): rank 1 of its cluster
 * with Xuất sắc → Cờ thi đua; ranks 2–3 with at least Tốt → Bằng khen. The director may
 * override it.
 */
public enum Award {

	NONE, CO_THI_DUA, BANG_KHEN;

	public static Award proposal(int rank, Classification classification) {
		if (rank == 1 && classification == Classification.XUAT_SAC) {
			return CO_THI_DUA;
		}
		if (rank >= 2 && rank <= 3 && classification.atLeast(Classification.TOT)) {
			return BANG_KHEN;
		}
		return NONE;
	}

}
