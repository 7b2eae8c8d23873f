package vn.thidua.testsupport;

import org.springframework.cache.CacheManager;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Empties the application's caches after every test method. A test that writes inside its
 * rolled-back transaction moves the province's data version and may cache rankings under
 * it; the rollback gives that version number to the next test's data, which would then be
 * shown the first test's rankings. (Outside tests a version is only read after its
 * commit.) Puts the {@link TestClock} back on the system's time.
 */
public class ClearCachesAfterEachTest implements TestExecutionListener {

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		testContext.getApplicationContext().getBeansOfType(TestClock.class).values().forEach(TestClock::reset);
		testContext.getApplicationContext()
			.getBeansOfType(CacheManager.class)
			.values()
			.forEach((manager) -> manager.getCacheNames().forEach((name) -> {
				org.springframework.cache.Cache cache = manager.getCache(name);
				if (cache != null) {
					cache.clear();
				}
			}));
	}

}
