package vn.thidua.meeting;

/**
 * Cluster meeting, conference, the year's closing conference (hội nghị tổng kết), working
 * session, working visit.
 */
public enum MeetingKind {

	GIAO_BAN_CUM, HOI_NGHI, TONG_KET, LAM_VIEC, DOAN_CONG_TAC

}
