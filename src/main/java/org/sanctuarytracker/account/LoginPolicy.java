package org.sanctuarytracker.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How repeated failed logins are throttled: per account (stored, survives restarts) and
 * per client address (in memory).
 *
 * @param maxFailuresPerAccount consecutive failures that lock an account
 * @param maxFailuresPerAddress failures from one address within the lock time that block
 * it
 * @param lockTime how long a lock or block lasts
 */
@ConfigurationProperties("tracker.login")
public record LoginPolicy(Integer maxFailuresPerAccount, Integer maxFailuresPerAddress, Duration lockTime) {

	public LoginPolicy {
		maxFailuresPerAccount = (maxFailuresPerAccount != null) ? maxFailuresPerAccount : 5;
		maxFailuresPerAddress = (maxFailuresPerAddress != null) ? maxFailuresPerAddress : 20;
		lockTime = (lockTime != null) ? lockTime : Duration.ofMinutes(15);
	}

}
