package vn.thidua.criteria;

import java.math.BigDecimal;
import java.text.ParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MeasureTests {

	static final BigDecimal EIGHT = BigDecimal.valueOf(8);

	static Measure proportional(String target, Measure.Direction direction) {
		return new Measure(Measure.Unit.PERCENT, new BigDecimal(target), direction, Measure.Formula.PROPORTIONAL, null);
	}

	@ParameterizedTest(name = "{0} % of a 100 % target on 8 points: {1}")
	@CsvSource({ "85, 6.80", "100, 8.00", "120, 8.00", "0, 0.00", "33.33, 2.67" })
	void proportionalToTheTargetCappedAtTheMaximum(String value, String points) {
		assertThat(proportional("100", Measure.Direction.HIGHER).points(new BigDecimal(value), EIGHT))
			.isEqualByComparingTo(points);
	}

	@Test
	void aMissingValueScoresZero() {
		assertThat(proportional("100", Measure.Direction.HIGHER).points(null, EIGHT)).isEqualByComparingTo("0");
	}

	@Test
	void aZeroTargetIsReachedByAnyValueOrByZeroWhenLowerIsBetter() {
		assertThat(proportional("0", Measure.Direction.HIGHER).points(BigDecimal.ONE, EIGHT)).isEqualByComparingTo("8");
		assertThat(proportional("0", Measure.Direction.LOWER).points(BigDecimal.ZERO, EIGHT)).isEqualByComparingTo("8");
		assertThat(proportional("0", Measure.Direction.LOWER).points(BigDecimal.ONE, EIGHT)).isEqualByComparingTo("0");
	}

	@Test
	void lowerIsBetterInverselyProportional() {
		// a target of at most 2 days; 4 days gives half
		Measure days = new Measure(Measure.Unit.COUNT, BigDecimal.valueOf(2), Measure.Direction.LOWER,
				Measure.Formula.PROPORTIONAL, null);
		assertThat(days.points(BigDecimal.valueOf(4), EIGHT)).isEqualByComparingTo("4");
		assertThat(days.points(BigDecimal.ONE, EIGHT)).isEqualByComparingTo("8");
	}

	@Test
	void thresholdAndSteps() {
		Measure threshold = new Measure(Measure.Unit.PERCENT, BigDecimal.valueOf(80), Measure.Direction.HIGHER,
				Measure.Formula.THRESHOLD, null);
		assertThat(threshold.points(BigDecimal.valueOf(80), EIGHT)).isEqualByComparingTo("8");
		assertThat(threshold.points(new BigDecimal("79.99"), EIGHT)).isEqualByComparingTo("0");
		Measure steps = new Measure(Measure.Unit.PERCENT, BigDecimal.valueOf(100), Measure.Direction.HIGHER,
				Measure.Formula.STEPS, "50:2; 80:5; 100:8");
		assertThat(steps.points(BigDecimal.valueOf(49), EIGHT)).isEqualByComparingTo("0");
		assertThat(steps.points(BigDecimal.valueOf(50), EIGHT)).isEqualByComparingTo("2");
		assertThat(steps.points(BigDecimal.valueOf(95), EIGHT)).isEqualByComparingTo("5");
		assertThat(steps.points(BigDecimal.valueOf(100), EIGHT)).isEqualByComparingTo("8");
		assertThat(steps.describe(EIGHT)).isEqualTo("Theo bậc 50:2; 80:5; 100:8");
		assertThat(proportional("100", Measure.Direction.HIGHER).describe(EIGHT))
			.isEqualTo("Tỷ lệ thuận với chỉ tiêu 100%, tối đa 8 điểm");
	}

	@Test
	void negativeOrNonNumericValuesAreRefused() throws ParseException {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> proportional("100", Measure.Direction.HIGHER).points(BigDecimal.valueOf(-1), EIGHT));
		assertThat(MeasuredValues.parse("85")).isEqualByComparingTo("85");
		assertThat(MeasuredValues.parse(" 12,5 ")).isEqualByComparingTo("12.5");
		assertThat(MeasuredValues.parse("")).isNull();
		for (String wrong : new String[] { "-5", "tám mươi", "85%", "1,234" }) {
			assertThatExceptionOfType(ParseException.class).as(wrong).isThrownBy(() -> MeasuredValues.parse(wrong));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> Measure.parseSteps("50-2"));
	}

}
