package org.sanctuarytracker.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed logins are throttled, per account and per client address, both
 * counted in the database (shared by all instances, kept across restarts); see
 * {@link LoginThrottle}.
 *
 * @param maxFailuresPerAccount consecutive attempts without a success that lock an
 * account
 * @param maxFailuresPerAddress attempts from one address within its window, less its
 * successful ones, after which the address is throttled
 * @param lockTime how long a lock lasts, and the length of an address's window
 */
@ConfigurationProperties("tracker.login")
public record LoginPolicy(Integer maxFailuresPerAccount, Integer maxFailuresPerAddress, Duration lockTime) {

	public LoginPolicy {
		maxFailuresPerAccount = (maxFailuresPerAccount != null) ? maxFailuresPerAccount : 5;
		maxFailuresPerAddress = (maxFailuresPerAddress != null) ? maxFailuresPerAddress : 20;
		lockTime = (lockTime != null) ? lockTime : Duration.ofMinutes(15);
	}

}
