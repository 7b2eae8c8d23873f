package vn.thidua.criteria;

/**
 * The fields a criteria tree groups its criteria in (the sector's fields, plus general
 * work).
 */
public enum Field {

	GENERAL, PRESS, PUBLISHING, POST, TELECOM, IT

}
