package vn.thidua.cluster;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.unit.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the plan of a year copied across the reform cuts a cluster's successors into
 * clusters: former members' successors kept together up to 14, a larger group cut evenly,
 * never a cluster of one.
 */
class YearCopyPackingTests {

	@Test
	void successorsOfOneFormerMemberStayTogetherUpToFourteen() {
		List<List<YearCopyPlanner.Group>> chunks = YearCopyPlanner.pack(List.of(group(9), group(5), group(6)));
		assertThat(chunks).extracting(YearCopyPackingTests::size).containsExactly(14, 6);
	}

	@Test
	void aGroupLargerThanAClusterIsCutEvenly() {
		assertThat(YearCopyPlanner.pack(List.of(group(20)))).extracting(YearCopyPackingTests::size)
			.containsExactly(10, 10);
	}

	@Test
	void aLoneUnitLeftOverJoinsTheClusterBefore() {
		assertThat(YearCopyPlanner.pack(List.of(group(13), group(1)))).extracting(YearCopyPackingTests::size)
			.containsExactly(14);
		assertThat(YearCopyPlanner.pack(List.of(group(14), group(1)))).extracting(YearCopyPackingTests::size)
			.containsExactly(15);
	}

	private static int size(List<YearCopyPlanner.Group> chunk) {
		return chunk.stream().mapToInt((group) -> group.units().size()).sum();
	}

	private static YearCopyPlanner.Group group(int units) {
		List<Unit> list = new ArrayList<>();
		for (int i = 0; i < units; i++) {
			list.add(org.mockito.Mockito.mock(Unit.class));
		}
		return new YearCopyPlanner.Group(null, "Huyện", list);
	}

}
