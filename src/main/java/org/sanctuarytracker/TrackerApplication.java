package org.sanctuarytracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sanctuary-policy tracker: jurisdictions, their policies, their officials'
 * statements and the federal money at stake, each fact with its source.
 */
@SpringBootApplication
public class TrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(TrackerApplication.class, args);
	}

}
