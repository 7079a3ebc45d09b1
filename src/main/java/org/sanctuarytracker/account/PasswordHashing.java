package org.sanctuarytracker.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed. New hashes are {@code {bcrypt-sha256}}: bcrypt of the Base64
 * SHA-256 digest of the password's UTF-8 bytes, because bcrypt reads at most 72 bytes and
 * a 64-character password may have 256. Hashes stored before, {@code {bcrypt}}, keep
 * working.
 */
public final class PasswordHashing {

	static final String ID = "bcrypt-sha256";

	private PasswordHashing() {
	}

	public static PasswordEncoder encoder() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		return new DelegatingPasswordEncoder(ID, Map.of(ID, new PreHashed(bcrypt), "bcrypt", new Bcrypt72(bcrypt)));
	}

	/** Bcrypt of a fixed-length digest, so every byte of the password counts. */
	private static final class PreHashed implements PasswordEncoder {

		private final BCryptPasswordEncoder bcrypt;

		PreHashed(BCryptPasswordEncoder bcrypt) {
			this.bcrypt = bcrypt;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(digest(rawPassword));
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return rawPassword != null && this.bcrypt.matches(digest(rawPassword), encodedPassword);
		}

		private static String digest(CharSequence password) {
			try {
				byte[] bytes = MessageDigest.getInstance("SHA-256")
					.digest(password.toString().getBytes(StandardCharsets.UTF_8));
				return Base64.getEncoder().encodeToString(bytes);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * The hashes stored before: no password longer than bcrypt's 72 bytes was ever stored
	 * under them, so a longer one simply does not match (bcrypt would refuse it with an
	 * exception, a 500 at sign-in).
	 */
	private static final class Bcrypt72 implements PasswordEncoder {

		private final BCryptPasswordEncoder bcrypt;

		Bcrypt72(BCryptPasswordEncoder bcrypt) {
			this.bcrypt = bcrypt;
		}

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= 72
					&& this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

}
