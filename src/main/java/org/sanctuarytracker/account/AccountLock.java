package org.sanctuarytracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Whether an account is locked after failed sign-ins, and until when, as an administrator
 * reads it: the end in the app's time zone ("18:42 UTC", with the date when it is not
 * today) and the whole minutes left, rounded up so that a lock never reads as over while
 * it lasts.
 *
 * @param until the end, in words; null when not locked
 * @param minutesLeft minutes until the end, at least 1 while locked
 */
public record AccountLock(boolean locked, String until, long minutesLeft) {

	private static final AccountLock NONE = new AccountLock(false, null, 0);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm z", Locale.ROOT);

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z",
			Locale.ROOT);

	static AccountLock of(Account account, Clock clock) {
		Instant now = clock.instant();
		if (!account.isLocked(now)) {
			return NONE;
		}
		ZonedDateTime end = account.getLockedUntil().atZone(clock.getZone());
		boolean today = end.toLocalDate().equals(now.atZone(clock.getZone()).toLocalDate());
		long seconds = Duration.between(now, account.getLockedUntil()).toSeconds();
		return new AccountLock(true, (today ? TIME : DAY_AND_TIME).format(end), Math.max(1, (seconds + 59) / 60));
	}

}
