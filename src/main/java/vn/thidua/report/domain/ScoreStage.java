package vn.thidua.report.domain;

/**
 * Who changed a score: the unit itself, the cluster leader, the department's review, or a
 * change after the director reopened an approved report.
 */
public enum ScoreStage {

	SELF, LEADER, REVIEW, REOPEN

}
