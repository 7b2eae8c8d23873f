package vn.thidua.criteria;

/**
 * The fields of the information and communications sector, plus general work.
 */
public enum Field {

	GENERAL, PRESS, PUBLISHING, POST, TELECOM, IT

}
