package vn.thidua.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AppUserRepository extends Repository<AppUser, Long> {

	@Query("""
			select u from AppUser u
			join fetch u.province
			left join fetch u.unit
			where u.username = :username
			""")
	Optional<AppUser> findForLogin(String username);

	Optional<AppUser> findById(long id);

	@Query("""
			select u from AppUser u
			join fetch u.province
			left join fetch u.unit
			where u.province.id = :provinceId
			order by u.role, u.username
			""")
	List<AppUser> findOfProvince(long provinceId);

	long count();

	AppUser save(AppUser user);

}
