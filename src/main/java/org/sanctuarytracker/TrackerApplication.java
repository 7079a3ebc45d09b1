package org.sanctuarytracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * The sanctuary-policy tracker: jurisdictions, their policies, their officials'
 * statements and the federal money at stake, each fact with its source.
 */
// No user store yet: the public pages need no login, and nothing else is allowed.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class TrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(TrackerApplication.class, args);
	}

}
