package vn.thidua.config.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server an app killed with SIGKILL (or a power cut) left behind, found by
 * the lock file of the data directory and stopped before the next start.
 */
final class StaleServer {

	private static final Logger log = LoggerFactory.getLogger(StaleServer.class);

	private StaleServer() {
	}

	/**
	 * A server left by an app that was killed still runs and holds the data directory: it
	 * is shut down (fast: SIGINT, then SIGKILL of the server and its children if it does
	 * not stop). A lock file naming a process that is not a PostgreSQL server is removed;
	 * one naming no process is left for the server, which ignores it.
	 */
	static void stop(Path data) throws IOException {
		Path pidFile = data.resolve("postmaster.pid");
		Optional<ProcessHandle> process = postmaster(pidFile);
		if (process.isEmpty()) {
			return;
		}
		ProcessHandle server = process.get();
		if (!isPostgres(server)) {
			log.warn("Embedded PostgreSQL: {} names process {}, which is not a PostgreSQL server; lock file removed",
					pidFile, server.pid());
			Files.deleteIfExists(pidFile);
			return;
		}
		log.warn("Embedded PostgreSQL: a server left running by an earlier start (process {}) is stopped",
				server.pid());
		List<ProcessHandle> children = server.descendants().toList();
		signal(server.pid(), "INT");
		if (!waitFor(server, Duration.ofSeconds(30))) {
			children.forEach(ProcessHandle::destroyForcibly);
			server.destroyForcibly();
			waitFor(server, Duration.ofSeconds(10));
		}
		for (ProcessHandle child : children) {
			waitFor(child, Duration.ofSeconds(10));
		}
	}

	/** Whether the server named by the data directory's lock file is alive. */
	static boolean isRunning(Path data) {
		try {
			return postmaster(data.resolve("postmaster.pid")).filter(StaleServer::isPostgres).isPresent();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info()
			.command()
			.map((command) -> Path.of(command).getFileName().toString())
			.map((name) -> name.equals("postgres") || name.equals("postmaster"))
			.orElse(false);
	}

	private static void signal(long pid, String signal) {
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
				.start();
			kill.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean waitFor(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return !process.isAlive();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

}
