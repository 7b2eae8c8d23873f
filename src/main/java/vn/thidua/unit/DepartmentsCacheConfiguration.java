package vn.thidua.unit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code departments} cache: the few periods of every province's department, read by
 * every page's header; a minute at most, so that another instance of the app follows a
 * change made on the admin page within a minute (this instance empties it at once).
 */
@Configuration(proxyBeanMethods = false)
class DepartmentsCacheConfiguration {

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> departmentsCache() {
		return (manager) -> manager.registerCustomCache(Departments.CACHE,
				Caffeine.newBuilder().maximumSize(1).expireAfterWrite(Duration.ofMinutes(1)).build());
	}

}
