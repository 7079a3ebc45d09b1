package org.sanctuarytracker.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a new password must be (NIST SP 800-63B): 12 to 64 characters of any kind, counted
 * as characters and not bytes; not one of the common passwords of public leaks shipped
 * with the app (nor one of them with digits or symbols around it); not one character or a
 * short pattern repeated, nor a run such as "abcdefghijkl"; and not containing the
 * username. Nothing else: no composition rules, and the password is kept exactly as
 * typed.
 */
@Component
public class PasswordRules {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 64;

	static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt";

	private static final Pattern REPEATED = Pattern.compile("(?s)(.{1,4})\\1+");

	private static final Pattern AROUND_A_WORD = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

	private final Set<String> common;

	PasswordRules() {
		this.common = load();
	}

	/**
	 * The message keys of the rules the password breaks, in the order they are listed
	 * above; empty when it is acceptable.
	 */
	public List<String> problems(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			return problems;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add("account.password.tooShort");
		}
		else if (length > MAX_LENGTH) {
			problems.add("account.password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String word = AROUND_A_WORD.matcher(lower).replaceAll("");
		if (this.common.contains(lower) || (word.length() >= 4 && this.common.contains(word))) {
			problems.add("account.password.common");
		}
		else if (REPEATED.matcher(lower).matches() || isRun(lower)) {
			problems.add("account.password.repetitive");
		}
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		if (!name.isEmpty() && lower.contains(name)) {
			problems.add("account.password.containsUsername");
		}
		return problems;
	}

	/** Rejects the field with each rule the password breaks. */
	public void check(String password, String username, Errors errors, String field) {
		if (!errors.hasFieldErrors(field)) {
			problems(password, username).forEach((problem) -> errors.rejectValue(field, problem));
		}
	}

	// Each character one after or one before the last: "abcdefghijkl", "987654321098"
	// (digits wrap around).
	private static boolean isRun(String password) {
		int[] points = password.codePoints().toArray();
		for (int step : new int[] { 1, -1 }) {
			boolean run = true;
			for (int i = 1; i < points.length && run; i++) {
				run = next(points[i - 1], step) == points[i];
			}
			if (run) {
				return true;
			}
		}
		return false;
	}

	private static int next(int point, int step) {
		if (point >= '0' && point <= '9') {
			return '0' + Math.floorMod(point - '0' + step, 10);
		}
		return point + step;
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(65536);
		try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isEmpty()) {
					passwords.add(line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return passwords;
	}

}
