package vn.thidua.closing;

/**
 * How the closing's ballots were counted: the leader enters the counts of the paper
 * ballots, or each member unit casts its secret ballot in the app.
 */
public enum BallotMode {

	PAPER, APP

}
