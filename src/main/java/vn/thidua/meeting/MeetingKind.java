package vn.thidua.meeting;

/**
 * Cluster meeting, conference, working session, working visit.
 */
public enum MeetingKind {

	GIAO_BAN_CUM, HOI_NGHI, LAM_VIEC, DOAN_CONG_TAC

}
