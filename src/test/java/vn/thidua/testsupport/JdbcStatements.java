package vn.thidua.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts every JDBC statement the current thread prepares or creates, whoever runs it
 * (Hibernate, {@code JdbcClient}, {@code JdbcTemplate}): the tests' data source counts
 * them (installed for every test context by {@link TestDatabaseInitializer}). Where
 * {@link SqlStatements} sees only Hibernate's, this sees the pages' plain JDBC reads too.
 * Per thread: a MockMvc request runs in the test's thread, the app's background work
 * (mail, reminders) in its own.
 */
public final class JdbcStatements {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private JdbcStatements() {
	}

	/** Starts counting from zero in this thread. */
	public static void reset() {
		COUNT.get()[0] = 0;
	}

	/** The statements this thread prepared or created since {@link #reset()}. */
	public static long count() {
		return COUNT.get()[0];
	}

	/** Wraps the application's data source so that its connections count. */
	static final class Installer implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return (bean instanceof DataSource dataSource && !(bean instanceof Counting)) ? new Counting(dataSource)
					: bean;
		}

	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(JdbcStatements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						if (STATEMENTS.contains(method.getName())) {
							COUNT.get()[0]++;
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
