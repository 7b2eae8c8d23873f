package vn.thidua.ranking;

/**
 * What a unit is proposed for: the awards a province's rules may name
 * ({@link vn.thidua.rules.Rules#AWARD_CODES}); which apply, their names and their rules
 * come from the rules of the province-year. The director may override a proposal.
 */
public enum Award {

	NONE, CO_THI_DUA, BANG_KHEN, GIAY_KHEN

}
