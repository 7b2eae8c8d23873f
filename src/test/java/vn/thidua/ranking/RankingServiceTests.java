package vn.thidua.ranking;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import vn.thidua.ranking.domain.RankingDecision;
import vn.thidua.ranking.web.FinalizeForm;
import vn.thidua.ranking.web.ReopenForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rankings against the demo data on PostgreSQL: the database's sums, what each role sees,
 * the director's snapshot. Each test is rolled back.
 */
@IntegrationTest
@Transactional
class RankingServiceTests {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.validation.SmartValidator validator;

	@Autowired
	RankingService rankings;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManager entityManager;

	@Test
	void theDatabaseSumsMatchTheScoresOfApprovedReports() {
		RankingView year = this.rankings.view(user("giamdoc"), 2014, null);
		RankedUnit tuongDuong = row(year, "Cụm 3", "Tương Dương");
		BigDecimal expected = (BigDecimal) this.entityManager.createNativeQuery("""
				select round(sum(case when cr.kind = 'PENALTY' then -s.final_points else s.final_points end) / 4, 2)
				from scores s join criteria cr on cr.id = s.criterion_id
				join quarterly_reports r on r.id = s.report_id join units d on d.id = s.unit_id
				where d.name = 'Tương Dương' and r.year = 2014 and r.status = 'APPROVED'
				""").getSingleResult();
		assertThat(tuongDuong.total()).isEqualByComparingTo(expected);
		assertThat(tuongDuong.missingQuarters()).isEmpty();
		assertThat(tuongDuong.lateQuarters()).containsExactly(2);
		assertThat(row(year, "Cụm 1", "Diễn Châu").missingQuarters()).containsExactly(4);
	}

	@Test
	void theDemoYearHasAFlagAndACertificateInCluster3() {
		RankingView year = this.rankings.view(user("giamdoc"), 2014, null);
		ClusterRanking cluster3 = year.clusters()
			.stream()
			.filter((c) -> c.clusterName().equals("Cụm 3"))
			.findFirst()
			.orElseThrow();
		assertThat(cluster3.rows()).extracting(RankedUnit::award).startsWith(Award.CO_THI_DUA, Award.BANG_KHEN);
		assertThat(cluster3.rows().get(0).classification()).isEqualTo(Classification.XUAT_SAC);
		assertThat(year.clusters()).hasSize(3);
	}

	@Test
	void onlyApprovedReportsCount() {
		BigDecimal before = row(this.rankings.view(user("giamdoc"), 2014, 3), "Cụm 2", "Yên Thành").total();
		assertThat(before).isPositive();
		this.entityManager.createNativeQuery("""
				update quarterly_reports set status = 'SUBMITTED', approved_at = null
				where quarter = 3 and cluster_id = (select id from clusters where name = 'Cụm 2' and year = 2014)
				""").executeUpdate();
		RankedUnit after = row(this.rankings.view(user("giamdoc"), 2014, 3), "Cụm 2", "Yên Thành");
		assertThat(after.total()).isEqualByComparingTo("0");
		assertThat(after.missingQuarters()).containsExactly(3);
	}

	@Test
	void aLeaderSeesItsOwnClusterAndAUnitItsClusterOnly() {
		assertThat(this.rankings.view(user("cumtruong.yenthanh"), 2014, null).clusters())
			.extracting(ClusterRanking::clusterName)
			.containsExactly("Cụm 2");
		assertThat(this.rankings.view(user("huyen.dienchau"), 2014, null).clusters())
			.extracting(ClusterRanking::clusterName)
			.containsExactly("Cụm 1");
	}

	@Test
	void aFinalizedYearIsASnapshotThatLaterScoreChangesDoNotAlter() {
		CurrentUser director = user("giamdoc");
		BeanPropertyBindingResult errors = errors(new FinalizeForm());
		this.rankings.finalizeYear(director, 2014, new FinalizeForm(), errors);
		assertThat(errors.hasErrors()).isFalse();
		flush();
		RankedUnit before = row(this.rankings.view(director, 2014, null), "Cụm 3", "Tương Dương");

		// a later change of the approved scores (reopened, corrected, approved again)
		this.entityManager
			.createNativeQuery(
					"""
							update report_unit_totals set general = 0, press = 0, publishing = 0, post = 0, telecom = 0,
							it = 0, bonus = 0, penalty = 0 where unit_id = (select id from units where level = 'DISTRICT_LEVEL' and name = 'Tương Dương')
							""")
			.executeUpdate();
		flush();
		RankingView after = this.rankings.view(director, 2014, null);
		assertThat(after.isFinalized()).isTrue();
		assertThat(after.finalizedBy()).isEqualTo("Giám đốc Sở (tài khoản minh họa)");
		RankedUnit snapshot = row(after, "Cụm 3", "Tương Dương");
		assertThat(snapshot.total()).isEqualByComparingTo(before.total());
		assertThat(snapshot.award()).isEqualTo(Award.CO_THI_DUA);
		assertThat(snapshot.subtotals()).isEqualTo(before.subtotals());
		assertThat(snapshot.quarterTotals()).isEqualTo(before.quarterTotals());
		// the quarter view is not a snapshot: it shows the scores as they are
		assertThat(row(this.rankings.view(director, 2014, 1), "Cụm 3", "Tương Dương").total())
			.isEqualByComparingTo("0");

		BeanPropertyBindingResult again = errors(new FinalizeForm());
		this.rankings.finalizeYear(director, 2014, new FinalizeForm(), again);
		assertThat(again.getGlobalError().getCode()).isEqualTo("ranking.error.finalized");
		assertThat(auditActions()).containsExactly("RANKING_FINALIZED");
	}

	@Test
	void anOverrideNeedsAReasonAndIsKeptWithIt() {
		CurrentUser director = user("giamdoc");
		long conCuong = unitId("Con Cuông");
		FinalizeForm form = new FinalizeForm();
		form.getAwards().put(Long.toString(conCuong), Award.BANG_KHEN);
		BeanPropertyBindingResult errors = errors(form);
		this.rankings.finalizeYear(director, 2014, form, errors);
		assertThat(errors.getFieldError("reasons[" + conCuong + "]").getCode())
			.isEqualTo("ranking.override.reasonRequired");
		assertThat(this.rankings.view(director, 2014, null).isFinalized()).isFalse();

		form.getReasons().put(Long.toString(conCuong), "Mô hình bưu điện văn hóa xã vùng cao tiêu biểu");
		BeanPropertyBindingResult retry = errors(form);
		this.rankings.finalizeYear(director, 2014, form, retry);
		assertThat(retry.hasErrors()).isFalse();
		flush();
		RankedUnit row = row(this.rankings.view(director, 2014, null), "Cụm 3", "Con Cuông");
		assertThat(row.award()).isEqualTo(Award.BANG_KHEN);
		assertThat(row.overrideReason()).isEqualTo("Mô hình bưu điện văn hóa xã vùng cao tiêu biểu");
	}

	@Test
	void onlyTheDirectorFinalizesAndReopeningNeedsAReason() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.rankings
			.finalizeYear(user("chuyenvien"), 2014, new FinalizeForm(), errors(new FinalizeForm())));
		CurrentUser director = user("giamdoc");
		this.rankings.finalizeYear(director, 2014, new FinalizeForm(), errors(new FinalizeForm()));
		flush();
		BeanPropertyBindingResult noReason = errors(new ReopenForm());
		this.validator.validate(new ReopenForm(), noReason);
		assertThat(noReason.getFieldError("text").getCode()).isEqualTo("NotBlank");
		this.rankings.reopenYear(director, 2014, "Điều chỉnh điểm quý 4 sau thanh tra", errors(new ReopenForm()));
		flush();
		assertThat(this.rankings.view(director, 2014, null).isFinalized()).isFalse();
		assertThat(auditActions()).containsExactly("RANKING_FINALIZED", "RANKING_REOPENED");
	}

	private RankedUnit row(RankingView view, String cluster, String unit) {
		return view.clusters()
			.stream()
			.filter((c) -> c.clusterName().equals(cluster))
			.flatMap((c) -> c.rows().stream())
			.filter((r) -> r.unitName().equals(unit))
			.findFirst()
			.orElseThrow();
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private long unitId(String name) {
		return ((Number) this.entityManager
			.createNativeQuery("select id from units where level = 'DISTRICT_LEVEL' and name = ?1")
			.setParameter(1, name)
			.getSingleResult()).longValue();
	}

	private void flush() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	@SuppressWarnings("unchecked")
	private List<String> auditActions() {
		flush();
		return this.entityManager
			.createNativeQuery("select action from audit_events where entity_type = 'RankingDecision' order by id")
			.getResultList();
	}

	private static BeanPropertyBindingResult errors(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

}
