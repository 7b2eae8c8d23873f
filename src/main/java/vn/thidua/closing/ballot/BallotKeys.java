package vn.thidua.closing.ballot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The private keys of the open voting rounds, kept in files outside the database (folder
 * {@code app.ballot.key-directory}, readable by the app's user only) so that no dump,
 * backup or operator of the database can open a sealed ballot; a round's key is
 * overwritten and deleted once its ballots are counted. Several instances of the app
 * share the folder (a shared volume).
 */
@Component
public class BallotKeys {

	private static final Log logger = LogFactory.getLog(BallotKeys.class);

	private final Path directory;

	BallotKeys(
			@Value("${app.ballot.key-directory:${thidua.embedded-db.directory:./data}/ballot-keys}") Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/**
	 * A round's identity and public key.
	 *
	 * @param keyId the round's key
	 * @param publicKey its public part, X.509-encoded, to keep with the closing
	 */
	public record Round(UUID keyId, byte[] publicKey) {
	}

	/**
	 * A new key pair for a closing's voting round; earlier rounds' keys are destroyed.
	 */
	public Round create(long closingId) {
		destroyAll(closingId);
		KeyPair pair = BallotSeal.newKeyPair();
		UUID keyId = UUID.randomUUID();
		try {
			Files.createDirectories(this.directory);
			Path temporary = Files.createTempFile(this.directory, "new-", ".tmp");
			restrict(temporary);
			Files.write(temporary, pair.getPrivate().getEncoded(), StandardOpenOption.TRUNCATE_EXISTING,
					StandardOpenOption.SYNC);
			try {
				Files.move(temporary, file(closingId, keyId), StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file(closingId, keyId));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The ballot key could not be written in " + this.directory, ex);
		}
		return new Round(keyId, pair.getPublic().getEncoded());
	}

	/** The private key of a round, if it is still kept. */
	public Optional<PrivateKey> privateKey(long closingId, UUID keyId) {
		Path file = file(closingId, keyId);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file))));
		}
		catch (IOException | GeneralSecurityException ex) {
			logger.warn("The ballot key " + file + " cannot be read: " + ex.getMessage());
			return Optional.empty();
		}
	}

	/** Every key of a closing, overwritten and deleted. */
	public void destroyAll(long closingId) {
		if (!Files.isDirectory(this.directory)) {
			return;
		}
		try (DirectoryStream<Path> keys = Files.newDirectoryStream(this.directory, "closing-" + closingId + "-*.key")) {
			for (Path key : keys) {
				destroy(key);
			}
		}
		catch (IOException ex) {
			logger.warn("The ballot keys of closing " + closingId + " could not be listed: " + ex.getMessage());
		}
	}

	private static void destroy(Path key) {
		try {
			long size = Files.size(key);
			Files.write(key, new byte[(int) Math.min(size, 1 << 16)], StandardOpenOption.WRITE,
					StandardOpenOption.SYNC);
			Files.delete(key);
		}
		catch (IOException ex) {
			logger.warn("The ballot key " + key + " could not be destroyed: " + ex.getMessage());
		}
	}

	private Path file(long closingId, UUID keyId) {
		return this.directory.resolve("closing-" + closingId + "-" + keyId + ".key");
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// not a POSIX file system (Windows): the folder's own permissions apply
		}
	}

}
