package vn.thidua.covenant;

/**
 * The kinds of a cluster's documents: regulations, covenant, plan, minutes, proposal
 * letter, decision, other.
 */
public enum DocumentKind {

	QUY_CHE, GIAO_UOC, KE_HOACH, BIEN_BAN, TO_TRINH, QUYET_DINH, KHAC

}
