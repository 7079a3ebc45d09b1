package org.sanctuarytracker.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.reading.JurisdictionProfileService;
import org.sanctuarytracker.support.TrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's profile is read from the revision history, like the exports; read at the
 * newest revision it must be exactly what the profile page's own queries give, so the two
 * cannot drift apart (a field, a fact or an order missing from one of them).
 */
@TrackerTest
class ProfileFromHistoryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JurisdictionProfileService profiles;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JsonMapper json;

	@Test
	void shouldServeWhatTheProfilePageShowsForEveryJurisdictionInTheHistory() throws Exception {
		// Every jurisdiction whose records all went through a save (so are in the
		// history): the demo's, and those other tests made through the forms; not those
		// written straight into the tables by fixtures. Of the 3,280 reference rows
		// (V62), which are all alike, a state, a territory and two counties.
		List<String> slugs = this.jdbc.queryForList(
				"""
						select slug from jurisdiction j
						where exists (select 1 from jurisdiction_aud a where a.id = j.id)
						  and (j.geoid in ('17', '72', '17031', '02110')
						       or not exists (select 1 from jurisdiction_aud a join revision r on r.id = a.rev
						                       where a.id = j.id and r.summary like 'Reference data: %'))
						  and not exists (select 1 from policy x where x.jurisdiction_id = j.id
						                  and not exists (select 1 from policy_aud a where a.id = x.id))
						  and not exists (select 1 from statement x where x.jurisdiction_id = j.id
						                  and (not exists (select 1 from statement_aud a where a.id = x.id)
						                       or not exists (select 1 from person_aud a where a.id = x.person_id)
						                       or not exists (select 1 from source_aud a where a.id = x.source_id)))
						  and not exists (select 1 from funding_exposure x where x.jurisdiction_id = j.id
						                  and not exists (select 1 from funding_exposure_aud a where a.id = x.id))
						  and not exists (select 1 from indicator x where x.jurisdiction_id = j.id
						                  and not exists (select 1 from indicator_aud a where a.id = x.id))
						  and not exists (select 1 from designation x where x.jurisdiction_id = j.id
						                  and not exists (select 1 from designation_aud a where a.id = x.id))
						  and not exists (select 1 from (
						                    select source_id from jurisdiction_citation where jurisdiction_id = j.id
						                    union all select c.source_id from policy_citation c join policy x on x.id = c.policy_id where x.jurisdiction_id = j.id
						                    union all select c.source_id from funding_exposure_citation c join funding_exposure x on x.id = c.funding_exposure_id where x.jurisdiction_id = j.id
						                    union all select c.source_id from indicator_citation c join indicator x on x.id = c.indicator_id where x.jurisdiction_id = j.id
						                    union all select c.source_id from designation_citation c join designation x on x.id = c.designation_id where x.jurisdiction_id = j.id
						                  ) cited where not exists (select 1 from source_aud a where a.id = cited.source_id))
						order by slug""",
				String.class);
		assertThat(slugs).contains("chicago-il", "los-angeles-ca", "united-states", "cook-county-il", "puerto-rico");
		for (String slug : slugs) {
			JsonNode current = this.transactions.execute((status) -> this.json
				.readTree(this.json.writeValueAsString(ProfileDocument.of(this.profiles.complete(slug)))));
			MvcTestResult result = this.mvc.get().uri("/api/v1/jurisdictions/{slug}", slug).exchange();
			assertThat(result).as(slug).hasStatusOk();
			JsonNode fromHistory = this.json.readTree(result.getResponse().getContentAsString());
			assertThat(fromHistory).as(slug).isEqualTo(current);
		}
	}

}
