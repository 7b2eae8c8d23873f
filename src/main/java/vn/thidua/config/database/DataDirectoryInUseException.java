package vn.thidua.config.database;

import java.nio.file.Path;

/**
 * The data directory of the embedded database belongs to an app that is running: a second
 * start on it stops before touching the directory or that app's database server.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	private final Path directory;

	private final String holder;

	DataDirectoryInUseException(Path directory, String holder) {
		super("The embedded database in " + directory + " is used by a running instance of the app"
				+ (holder.isEmpty() ? "" : " (process " + holder + ")"));
		this.directory = directory;
		this.holder = holder;
	}

	public Path directory() {
		return this.directory;
	}

	public String holder() {
		return this.holder;
	}

}
