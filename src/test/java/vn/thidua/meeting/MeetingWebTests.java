package vn.thidua.meeting;

import java.io.ByteArrayInputStream;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class MeetingWebTests {

	static final String XSS = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManager entityManager;

	@ParameterizedTest(name = "{0} {1} {2} → {3}")
	@CsvSource({ "chuyenvien, GET, /meetings/new, 200", "admin, GET, /meetings/{ngheAn}/edit, 200",
			"chuyenvien, GET, /meetings/{ngheAn}/edit, 200", "giamdoc, GET, /meetings/{ngheAn}, 200",
			"giamdoc, GET, /meetings/new, 403", "giamdoc, POST, /meetings, 403",
			"huyen.dienchau, GET, /meetings/{ngheAn}, 200", "huyen.dienchau, GET, /meetings/new, 403",
			"huyen.dienchau, POST, /meetings/{ngheAn}/edit, 403", "cumtruong.yenthanh, GET, /meetings/new, 200",
			"cumtruong.yenthanh, GET, /meetings/{ngheAn}/edit, 403",
			"cumtruong.yenthanh, GET, /meetings/{haGiang}, 404", "chuyenvien, GET, /meetings/{haGiang}, 404",
			"chuyenvien, GET, /meetings/{haGiang}/minutes.docx, 404",
			"chuyenvien, POST, /meetings/{haGiang}/edit, 404" })
	void access(String username, String method, String path, int expected) throws Exception {
		String uri = path.replace("{ngheAn}", Long.toString(meetingOf("40")))
			.replace("{haGiang}", Long.toString(meetingOf("02")));
		MockHttpServletRequestBuilder request = "GET".equals(method) ? get(uri) : post(uri).param("title", "x");
		this.mvc.perform(request.with(csrf()).with(as(username))).andExpect(status().is(expected));
	}

	@Test
	void aLeaderRecordsAMeetingOfItsClusterWithTasksAndNotOfAnother() throws Exception {
		long before = count("select count(*) from meetings");
		this.mvc
			.perform(valid(post("/meetings"), cluster("Cụm 2")).param("tasks[0].title", "Rà soát điểm BĐ-VHX")
				.param("tasks[0].unitId", Long.toString(unit("Vinh")))
				.param("tasks[0].dueDate", "30/06/2014")
				.param("tasks[1].title", "Báo cáo Sở")
				.param("tasks[1].office", "Văn phòng Sở")
				.with(csrf())
				.with(as("cumtruong.yenthanh")))
			.andExpect(redirectedUrlPattern("/meetings/*"));
		assertThat(count("select count(*) from meetings")).isEqualTo(before + 1);
		assertThat(count("select count(*) from follow_up_tasks t join meetings m on m.id = t.meeting_id "
				+ "where m.title = 'Giao ban cụm quý 2'"))
			.isEqualTo(2);
		assertThat(count("select count(*) from audit_events where action = 'MEETING_CREATED' "
				+ "and summary like '%Giao ban cụm quý 2%'"))
			.isEqualTo(1);

		this.mvc.perform(valid(post("/meetings"), cluster("Cụm 1")).with(csrf()).with(as("cumtruong.yenthanh")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cụm trưởng chỉ ghi nhận cuộc họp của cụm mình")));
		assertThat(count("select count(*) from meetings")).isEqualTo(before + 1);
	}

	@Test
	void badInputIsRefusedAtItsFieldWithTheInputBackAndNothingSaved() throws Exception {
		long before = count("select count(*) from meetings");
		this.mvc
			.perform(post("/meetings").param("kind", "HOI_NGHI")
				.param("title", " ")
				.param("startDate", "10/05/2014")
				.param("endDate", "09/05/2014")
				.param("location", "Hội trường UBND huyện")
				.param("participantIds", Long.toString(unit("Bắc Quang")))
				.param("tasks[0].title", "Nhiệm vụ trễ")
				.param("tasks[0].office", "Văn phòng Sở")
				.param("tasks[0].dueDate", "01/05/2014")
				.param("tasks[1].dueDate", "01/06/2014")
				.with(csrf())
				.with(as("chuyenvien")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập thông tin này.")))
			.andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")))
			.andExpect(content().string(containsString("Chỉ chọn các đơn vị thuộc tỉnh của bạn.")))
			.andExpect(content().string(containsString("Thời hạn không được trước ngày họp.")))
			.andExpect(content().string(containsString("Vui lòng nhập tên nhiệm vụ.")))
			.andExpect(content().string(containsString("value=\"Hội trường UBND huyện\"")));
		assertThat(count("select count(*) from meetings")).isEqualTo(before);
	}

	@Test
	void textFromUsersIsAlwaysEscapedAndKeepsItsLineBreaks() throws Exception {
		String location = this.mvc
			.perform(post("/meetings").param("kind", "LAM_VIEC")
				.param("title", XSS)
				.param("startDate", "10/05/2014")
				.param("endDate", "10/05/2014")
				.param("location", XSS)
				.param("chair", XSS)
				.param("otherParticipants", XSS)
				.param("content", "Dòng một\nDòng hai " + XSS)
				.param("conclusions", XSS)
				.param("tasks[0].title", XSS)
				.param("tasks[0].office", XSS)
				.with(csrf())
				.with(as("chuyenvien")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		for (String page : List.of(location, "/meetings", "/")) {
			this.mvc.perform(get(page).with(as("chuyenvien")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<script>alert"))))
				.andExpect(content().string(not(containsString("<img src=x"))));
		}
		this.mvc.perform(get(location).with(as("chuyenvien")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")))
			.andExpect(content().string(containsString("Dòng một\nDòng hai")));
	}

	@Test
	void aUnitMarksItsOwnTaskDoneWithANoteButNotAnotherUnits() throws Exception {
		long meeting = meetingOf("40");
		this.entityManager
			.createNativeQuery(
					"""
							insert into follow_up_tasks (meeting_id, title, responsible_unit_id, due_date)
							values (?1, 'Kiểm tra đại lý Internet', (select id from units where level = 'DISTRICT_LEVEL' and name = 'Diễn Châu'), date '2014-03-01'),
							       (?1, 'Báo cáo số liệu BTS', (select id from units where level = 'DISTRICT_LEVEL' and name = 'Vinh'), date '2014-03-01')
							""")
			.setParameter(1, meeting)
			.executeUpdate();
		long own = count("select id from follow_up_tasks where title = 'Kiểm tra đại lý Internet'");
		long other = count("select id from follow_up_tasks where title = 'Báo cáo số liệu BTS'");

		this.mvc.perform(get("/meetings/{id}", meeting).with(as("huyen.dienchau")))
			.andExpect(content().string(containsString("Quá hạn")))
			.andExpect(content().string(containsString("Báo hoàn thành")));
		this.mvc
			.perform(post("/meetings/{m}/tasks/{t}/done", meeting, own).param("note", " ")
				.with(csrf())
				.with(as("huyen.dienchau")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng ghi kết quả thực hiện.")));
		this.mvc
			.perform(post("/meetings/{m}/tasks/{t}/done", meeting, own).param("note", "Đã kiểm tra 12 đại lý")
				.with(csrf())
				.with(as("huyen.dienchau")))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from follow_up_tasks where id = " + own + " and status = 'DONE'"))
			.isEqualTo(1);
		this.mvc
			.perform(post("/meetings/{m}/tasks/{t}/done", meeting, other).param("note", "x")
				.with(csrf())
				.with(as("huyen.dienchau")))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from audit_events where action = 'TASK_DONE'")).isEqualTo(1);
	}

	@Test
	void theSeededMeetingsDisplayInFullAndTheMinutesExport() throws Exception {
		long meeting = meetingOf("40");
		this.mvc.perform(get("/meetings/{id}", meeting).with(as("giamdoc")))
			.andExpect(content().string(containsString("Hội nghị triển khai nhiệm vụ năm 2014")))
			.andExpect(content().string(containsString("Thành lập các cụm thi đua")));
		byte[] docx = this.mvc.perform(get("/meetings/{id}/minutes.docx", meeting).with(as("giamdoc")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIÊN BẢN", "UBND TỈNH NGHỆ AN",
					"III. KẾT LUẬN", "Thành lập các cụm thi đua ngành Thông tin và Truyền thông");
		}
	}

	@Test
	void theListSearchesTitlesAndConclusionsAndFiltersByKind() throws Exception {
		this.mvc.perform(get("/meetings").param("q", "THÀNH LẬP CÁC CỤM").with(as("giamdoc")))
			.andExpect(content().string(containsString("Hội nghị triển khai nhiệm vụ năm 2014")))
			.andExpect(content().string(not(containsString("làm việc với các huyện cụm trưởng"))));
		this.mvc.perform(get("/meetings").param("kind", "LAM_VIEC").with(as("giamdoc")))
			.andExpect(content().string(containsString("làm việc với các huyện cụm trưởng")))
			.andExpect(content().string(not(containsString("Hội nghị triển khai nhiệm vụ năm 2014"))))
			// another province's meetings never show
			.andExpect(content().string(not(containsString("Bắc Quang, Quang Bình"))));
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, long clusterId) {
		return request.param("kind", "GIAO_BAN_CUM")
			.param("title", "Giao ban cụm quý 2")
			.param("startDate", "10/05/2014")
			.param("endDate", "10/05/2014")
			.param("clusterId", Long.toString(clusterId))
			.param("participantIds", Long.toString(unit("Vinh")), Long.toString(unit("Cửa Lò")));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private long meetingOf(String provinceCode) {
		return count("select min(m.id) from meetings m join provinces p on p.id = m.province_id where p.code = '"
				+ provinceCode + "'");
	}

	private long cluster(String name) {
		return count("select id from clusters where year = 2014 and name = '" + name + "'");
	}

	private long unit(String name) {
		return count("select id from units where level = 'DISTRICT_LEVEL' and name = '" + name
				+ "' order by valid_from desc nulls last limit 1");
	}

	private long count(String sql) {
		return ((Number) this.entityManager.createNativeQuery(sql).getSingleResult()).longValue();
	}

}
