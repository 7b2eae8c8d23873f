package vn.thidua.rules;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.thidua.shared.CurrentUser;

/**
 * A period's name by the rules of the signed-in user's province for that year, for the
 * pages ({@code @periods}): "Quý IV/2014" where quarters are scored, "6 tháng đầu năm
 * 2015" where half-years are. A user never sees another province's reports, so the user's
 * province is the report's. Read from the cached rules.
 */
@Component("periods")
public class Periods {

	private final RulesService rules;

	Periods(RulesService rules) {
		this.rules = rules;
	}

	/** "Quý IV/2014", "6 tháng đầu năm 2015". */
	public String of(int year, int period) {
		return rulesOf(year).periodOfYear(period, year);
	}

	/** The same inside a sentence: "quý IV/2014", "6 tháng đầu năm 2015". */
	public String inSentence(int year, int period) {
		return rulesOf(year).periodInSentence(period, year);
	}

	private Rules rulesOf(int year) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return this.rules.of(user.provinceId(), year);
		}
		return Rules.defaults(10, java.util.Map.of());
	}

}
