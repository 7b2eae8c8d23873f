package vn.thidua.account;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;
import vn.thidua.testsupport.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class UserAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void theUserListFollowsTheDepartmentsOrderOfRolesThenUnitsInVietnameseOrder() throws Exception {
		java.util.List<?> users = (java.util.List<?>) this.mvc.perform(get("/admin/users"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("users");
		java.util.List<vn.thidua.shared.Role> roles = users.stream().map((u) -> ((AppUser) u).getRole()).toList();
		assertThat(roles).isSortedAccordingTo(java.util.Comparator.comparing(Enum::ordinal));
		assertThat(roles.get(0)).isEqualTo(vn.thidua.shared.Role.ADMIN);
		java.util.List<String> leaders = users.stream()
			.map((u) -> (AppUser) u)
			.filter((u) -> u.getRole() == vn.thidua.shared.Role.CLUSTER_LEADER)
			.map((u) -> u.getUnit().getName())
			.toList();
		// Vietnamese order: "Quỳnh Lưu" before "Tương Dương" before "Yên Thành"
		assertThat(leaders).containsSubsequence("Quỳnh Lưu", "Tương Dương", "Yên Thành");
	}

	@Test
	@WithUserDetails("admin")
	void everyWrongFieldIsShownAtOnceWithTheInputBackAndNothingSaved() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "Cum Truong")
				.param("fullName", "")
				.param("email", "khong-phai-email")
				.param("role", "CLUSTER_LEADER")
				.param("password", "ngan"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập chỉ gồm chữ thường không dấu")))
			.andExpect(content().string(containsString("Vui lòng nhập họ và tên.")))
			.andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ.")))
			.andExpect(content().string(containsString("Vui lòng chọn đơn vị của tỉnh")))
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")))
			.andExpect(content().string(containsString("value=\"khong-phai-email\"")));
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "giamdoc")
				.param("fullName", "Trùng tên")
				.param("role", "STAFF")
				.param("password", "Mot-mat-khau-dai"))
			.andExpect(content().string(containsString("Tên đăng nhập này đã có người dùng.")));
		assertThat(count("select count(*) from app_users where full_name = 'Trùng tên'")).isZero();
	}

	@Test
	@WithUserDetails("admin")
	void anAdministratorCannotDisableItself() throws Exception {
		long id = count("select id from app_users where username = 'admin'");
		this.mvc
			.perform(post("/admin/users/" + id).with(csrf())
				.param("fullName", "Quản trị hệ thống")
				.param("role", "ADMIN")
				.param("enabled", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn không thể tự vô hiệu hóa")));
	}

	@Test
	void aNewUserMustChooseItsOwnPasswordBeforeAnyPage() throws Exception {
		Cookie admin = login("admin", "Demo@2014");
		this.mvc
			.perform(post("/admin/users").cookie(admin)
				.with(csrf())
				.param("username", "cb.yenthanh")
				.param("fullName", "Nguyễn Thị Lan")
				.param("role", "UNIT")
				.param("unitId",
						Long.toString(
								count("select id from units where level = 'DISTRICT_LEVEL' and name = 'Yên Thành'")))
				.param("password", "Tam-thoi-2026"))
			.andExpect(redirectedUrl("/admin/users"));
		this.entityManager.flush();
		assertThat(count("select count(*) from app_users where username = 'cb.yenthanh' and must_change_password"))
			.isEqualTo(1);

		Cookie user = login("cb.yenthanh", "Tam-thoi-2026");
		this.mvc.perform(get("/").cookie(user)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/reports").cookie(user)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/password").cookie(user))
			.andExpect(content().string(containsString("Mật khẩu của bạn do quản trị viên đặt")));

		this.mvc
			.perform(post("/account/password").cookie(user)
				.with(csrf())
				.param("current", "Tam-thoi-2026")
				.param("password", "matkhau123")
				.param("confirmation", "matkhau123"))
			.andExpect(content().string(containsString("Mật khẩu này quá phổ biến")));
		this.mvc
			.perform(post("/account/password").cookie(user)
				.with(csrf())
				.param("current", "Tam-thoi-2026")
				.param("password", "Sông Lam quê em")
				.param("confirmation", "Sông Lam quê em"))
			.andExpect(redirectedUrl("/"));
		// in the app each request commits; here the test's transaction holds the change
		this.entityManager.flush();
		this.mvc.perform(get("/").cookie(user))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã đổi mật khẩu.")));

		this.entityManager.flush();
		assertThat(this.jdbc
			.queryForList(
					"select action from audit_events where entity_type = 'AppUser' and summary like '%cb.yenthanh%' "
							+ "or (username = 'cb.yenthanh' and action = 'PASSWORD_CHANGED') order by id",
					String.class))
			.containsExactly("USER_CREATED", "PASSWORD_CHANGED");
	}

	@Test
	void aResetPasswordMustBeChangedAgainAndUnlocks() throws Exception {
		this.jdbc.update("update app_users set failed_logins = 0, locked_until = now() + interval '10 minutes' "
				+ "where username = 'huyen.dienchau'");
		Cookie admin = login("admin", "Demo@2014");
		long id = count("select id from app_users where username = 'huyen.dienchau'");
		this.mvc.perform(post("/admin/users/" + id + "/password").cookie(admin).with(csrf()).param("password", "123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
		this.mvc.perform(
				post("/admin/users/" + id + "/password").cookie(admin).with(csrf()).param("password", "Dat-lai-2026"))
			.andExpect(redirectedUrl("/admin/users"));
		Cookie user = login("huyen.dienchau", "Dat-lai-2026");
		this.mvc.perform(get("/").cookie(user)).andExpect(redirectedUrl("/account/password"));
	}

	private Cookie login(String username, String password) throws Exception {
		return SessionCookie.of(this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn());
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
