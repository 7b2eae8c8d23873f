package vn.thidua.rules;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code rules} cache: small, and a minute at most, so that another instance of the
 * app follows a published rule set or a new exclusion within a minute (this instance
 * empties it at once).
 */
@Configuration(proxyBeanMethods = false)
class RulesCacheConfiguration {

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> rulesCache() {
		return (manager) -> manager.registerCustomCache(RulesService.CACHE,
				Caffeine.newBuilder().maximumSize(500).expireAfterWrite(Duration.ofMinutes(1)).build());
	}

}
