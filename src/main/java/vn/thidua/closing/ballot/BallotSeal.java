package vn.thidua.closing.ballot;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a ballot for the round's public key and opens it with the private key: a fresh
 * AES-256-GCM key encrypts the marks padded to a fixed length (so a sealed ballot's size
 * says nothing of how many candidates it marks), and RSA-OAEP (SHA-256) wraps that key.
 * Plain JCA: no library needed.
 */
public final class BallotSeal {

	static final int RSA_BITS = 3072;

	/** The padded plaintext: a two-byte length, the marks, zeros. */
	private static final int PADDED = 1024;

	private static final int IV = 12;

	private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
			PSource.PSpecified.DEFAULT);

	private static final SecureRandom RANDOM = new SecureRandom();

	private BallotSeal() {
	}

	/** A new key pair for a voting round. */
	public static KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(RSA_BITS, RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
	}

	public static PublicKey publicKey(byte[] encoded) {
		try {
			return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(encoded));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not an RSA public key", ex);
		}
	}

	/** The marked candidates' positions, sealed for the round's public key. */
	public static byte[] seal(List<Integer> positions, PublicKey key) {
		byte[] marks = positions.stream()
			.sorted()
			.map(String::valueOf)
			.collect(Collectors.joining(","))
			.getBytes(StandardCharsets.US_ASCII);
		if (marks.length > PADDED - 2) {
			throw new IllegalArgumentException("Too many marks for one ballot");
		}
		ByteBuffer plain = ByteBuffer.allocate(PADDED);
		plain.putShort((short) marks.length).put(marks);
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, RANDOM);
			SecretKey secret = generator.generateKey();
			byte[] iv = new byte[IV];
			RANDOM.nextBytes(iv);
			Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
			aes.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(128, iv));
			byte[] body = aes.doFinal(plain.array());
			Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
			rsa.init(Cipher.ENCRYPT_MODE, key, OAEP);
			byte[] wrapped = rsa.doFinal(secret.getEncoded());
			return ByteBuffer.allocate(wrapped.length + IV + body.length).put(wrapped).put(iv).put(body).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A ballot could not be sealed", ex);
		}
	}

	/**
	 * The positions a sealed ballot marks, or empty when it cannot be opened with this
	 * key (tampered with, or sealed for another round).
	 */
	public static Optional<List<Integer>> open(byte[] sealed, PrivateKey key) {
		int wrappedLength = RSA_BITS / 8;
		if (sealed.length <= wrappedLength + IV) {
			return Optional.empty();
		}
		try {
			Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
			rsa.init(Cipher.DECRYPT_MODE, key, OAEP);
			byte[] secret = rsa.doFinal(sealed, 0, wrappedLength);
			Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
			aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(secret, "AES"),
					new GCMParameterSpec(128, sealed, wrappedLength, IV));
			ByteBuffer plain = ByteBuffer
				.wrap(aes.doFinal(sealed, wrappedLength + IV, sealed.length - wrappedLength - IV));
			int length = plain.getShort();
			if (length < 0 || length > PADDED - 2) {
				return Optional.empty();
			}
			byte[] marks = new byte[length];
			plain.get(marks);
			List<Integer> positions = new ArrayList<>();
			String text = new String(marks, StandardCharsets.US_ASCII);
			if (!text.isEmpty()) {
				for (String part : text.split(",")) {
					positions.add(Integer.valueOf(part));
				}
			}
			return Optional.of(positions);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
