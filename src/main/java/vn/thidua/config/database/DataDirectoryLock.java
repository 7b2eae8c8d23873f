package vn.thidua.config.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The app's hold on its data directory: an operating-system lock on {@code app.lock} kept
 * for as long as the app runs. The system releases it when the process ends in any way
 * (even SIGKILL or a power cut), so a PostgreSQL server found running while the lock is
 * free was left by a dead app and may be stopped; while another app holds it, the
 * directory is that app's and a second start is refused before it touches anything.
 */
final class DataDirectoryLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock of {@code base}, writing this process's id into the file.
	 * @throws DataDirectoryInUseException when a running app holds it
	 */
	static DataDirectoryLock take(Path base) throws IOException {
		Path file = base.resolve("app.lock");
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// held by this very JVM (a second context on the same directory)
			lock = null;
		}
		if (lock == null) {
			String holder = holder(channel);
			channel.close();
			throw new DataDirectoryInUseException(base, holder);
		}
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)),
				0);
		channel.force(true);
		return new DataDirectoryLock(channel, lock);
	}

	private static String holder(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(32);
			channel.read(buffer, 0);
			return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			return "";
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.lock.release();
		}
		finally {
			this.channel.close();
		}
	}

}
