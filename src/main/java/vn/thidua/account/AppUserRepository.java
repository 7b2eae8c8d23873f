package vn.thidua.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AppUserRepository extends Repository<AppUser, Long> {

	@Query("""
			select u from AppUser u
			join fetch u.province
			left join fetch u.district
			where u.username = :username
			""")
	Optional<AppUser> findForLogin(String username);

}
