package vn.thidua.config;

/**
 * Ctrl+C in the terminal that runs the app (as {@code ./mvnw spring-boot:run} does) is a
 * normal stop: the app closes as on any stop (sessions saved, the embedded database shut
 * down) and exits with status 0, so Maven reports the run as a success instead of "BUILD
 * FAILURE" for the status 130 an interrupted JVM has. SIGTERM (a service manager's stop)
 * is left as the JVM handles it.
 */
public final class CleanStop {

	private CleanStop() {
	}

	/**
	 * Ctrl+C (SIGINT) ends the app with status 0; where the JVM has no signals, nothing.
	 */
	public static void onInterrupt() {
		try {
			sun.misc.Signal.handle(new sun.misc.Signal("INT"), (signal) -> System.exit(0));
		}
		catch (IllegalArgumentException | UnsupportedOperationException ex) {
			// no SIGINT here (or already taken by the launcher): the JVM's own handling
			// stays
		}
	}

}
