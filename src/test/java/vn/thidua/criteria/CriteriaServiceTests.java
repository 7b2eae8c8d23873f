package vn.thidua.criteria;

import java.math.BigDecimal;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import vn.thidua.testsupport.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;

@RepositoryTest
@Import({ CriteriaService.class, CriteriaServiceTests.Caches.class })
class CriteriaServiceTests {

	@TestConfiguration
	static class Caches {

		@Bean
		CacheManager cacheManager() {
			return new ConcurrentMapCacheManager(CriteriaService.PUBLISHED_TREES);
		}

	}

	@Autowired
	CriteriaService criteria;

	@Autowired
	EntityManager entityManager;

	@Test
	void aPublishedTreeIsReadOnceADraftsEveryTime() {
		CriteriaTree published = this.criteria.treeOf(ngheAn(), 2014).orElseThrow();
		assertThat(this.criteria.treeOf(ngheAn(), 2014).orElseThrow()).isSameAs(published);
		// a draft of 2016, read anew each time while it is being edited
		this.entityManager
			.createNativeQuery("insert into criteria_sets (province_id, year, name) values (?1, 2016, 'Dự thảo 2016')")
			.setParameter(1, ngheAn())
			.executeUpdate();
		CriteriaTree draft = this.criteria.treeOf(ngheAn(), 2016).orElseThrow();
		assertThat(draft.set().getStatus()).isEqualTo(CriteriaSetStatus.DRAFT);
		assertThat(this.criteria.treeOf(ngheAn(), 2016).orElseThrow()).isNotSameAs(draft);
		// published, it is kept from its next read on
		this.entityManager.flush();
		this.entityManager
			.createNativeQuery("update criteria_sets set status = 'PUBLISHED', published_at = now() where year = 2016")
			.executeUpdate();
		this.entityManager.clear();
		CriteriaTree publishedLater = this.criteria.treeOf(ngheAn(), 2016).orElseThrow();
		assertThat(publishedLater.set().getStatus()).isEqualTo(CriteriaSetStatus.PUBLISHED);
		assertThat(this.criteria.treeOf(ngheAn(), 2016).orElseThrow()).isSameAs(publishedLater);
		// a year without a set has none, and is not kept as such
		assertThat(this.criteria.treeOf(ngheAn(), 2030)).isEmpty();
	}

	@Test
	void the2014SetAddsUpTo100WithBonus5AndPenalty10() {
		CriteriaTree tree = this.criteria.treeOf(ngheAn(), 2014).orElseThrow();
		assertThat(tree.scoreTotal()).isEqualByComparingTo("100");
		assertThat(tree.bonusMax()).isEqualByComparingTo("5");
		assertThat(tree.penaltyMax()).isEqualByComparingTo("10");
		assertThat(tree.set().getStatus()).isEqualTo(CriteriaSetStatus.PUBLISHED);
	}

	@Test
	void everyGroupIsTheSumOfItsCriteria() {
		CriteriaTree tree = this.criteria.treeOf(ngheAn(), 2014).orElseThrow();
		assertThat(tree.groups()).extracting((g) -> g.group().getCode())
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
		assertThat(tree.groups()).allSatisfy((g) -> assertThat(g.isConsistent()).isTrue());
		assertThat(tree.criterionCount()).isEqualTo(21);
	}

	@Test
	void theFiveFieldsAndGeneralWorkCarryTheirPoints() {
		CriteriaTree tree = this.criteria.treeOf(ngheAn(), 2014).orElseThrow();
		assertThat(tree.groups()).filteredOn((g) -> g.group().getKind() == CriterionKind.SCORE)
			.extracting((g) -> g.group().getField(), (g) -> g.group().getMaxPoints().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Field.GENERAL, 20),
					org.assertj.core.groups.Tuple.tuple(Field.PRESS, 15),
					org.assertj.core.groups.Tuple.tuple(Field.PUBLISHING, 10),
					org.assertj.core.groups.Tuple.tuple(Field.POST, 10),
					org.assertj.core.groups.Tuple.tuple(Field.TELECOM, 15),
					org.assertj.core.groups.Tuple.tuple(Field.IT, 30));
	}

	@Test
	void aGroupWhoseCriteriaDoNotAddUpIsFlagged() {
		this.entityManager.createNativeQuery("update criteria set max_points = 9 where code = '6.4'").executeUpdate();
		this.entityManager.clear();
		CriteriaTree.Group it = this.criteria.treeOf(ngheAn(), 2014).orElseThrow().groups().get(5);
		assertThat(it.criteriaTotal()).isEqualByComparingTo(BigDecimal.valueOf(32));
		assertThat(it.isConsistent()).isFalse();
	}

	@Test
	void aYearWithoutSetHasNoTreeAndOtherProvincesSeeNone() {
		assertThat(this.criteria.treeOf(ngheAn(), 2015)).isEmpty();
		long haGiang = ((Number) this.entityManager.createNativeQuery("select id from provinces where code = '02'")
			.getSingleResult()).longValue();
		assertThat(this.criteria.treeOf(haGiang, 2014)).isEmpty();
	}

	private long ngheAn() {
		return ((Number) this.entityManager.createNativeQuery("select id from provinces where code = '40'")
			.getSingleResult()).longValue();
	}

}
