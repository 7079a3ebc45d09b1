package org.sanctuarytracker.source;

import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sources an editor most likely means before typing a search: those already cited for
 * the jurisdiction the fact is about, and those the editor cited or added in their latest
 * saves. Each is one bounded query: a jurisdiction's own facts, or the editor's last
 * {@link #RECENT_REVISIONS} revisions, never the whole history.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SourceSuggestions {

	/** How many of the editor's latest revisions count as "recently used". */
	static final int RECENT_REVISIONS = 50;

	private final NamedParameterJdbcTemplate jdbc;

	/** The sources cited by the jurisdiction's facts and its status, newest first. */
	List<Long> citedFor(long jurisdictionId, int max) {
		return this.jdbc.queryForList("""
				select s.id from source s where s.id in (
				    select source_id from statement where jurisdiction_id = :j
				    union select c.source_id from policy_citation c join policy p on p.id = c.policy_id
				          where p.jurisdiction_id = :j
				    union select c.source_id from funding_exposure_citation c
				          join funding_exposure f on f.id = c.funding_exposure_id where f.jurisdiction_id = :j
				    union select c.source_id from indicator_citation c join indicator i on i.id = c.indicator_id
				          where i.jurisdiction_id = :j
				    union select c.source_id from designation_citation c join designation d on d.id = c.designation_id
				          where d.jurisdiction_id = :j
				    union select source_id from jurisdiction_citation where jurisdiction_id = :j)
				order by s.published_on desc nulls last, s.id desc
				limit :max""", Map.of("j", jurisdictionId, "max", max), Long.class);
	}

	/**
	 * The sources the editor cited or added in their latest revisions, most recent first;
	 * sources deleted since are left out.
	 */
	List<Long> recentlyUsedBy(String username, int max) {
		return this.jdbc.queryForList(
				"""
						with recent as (select id from revision where username = :u order by id desc limit :revisions)
						select u.source_id from (
						    select source_id, rev from statement_aud where rev in (select id from recent)
						    union all select source_id, rev from policy_citation_aud where rev in (select id from recent)
						    union all select source_id, rev from funding_exposure_citation_aud where rev in (select id from recent)
						    union all select source_id, rev from indicator_citation_aud where rev in (select id from recent)
						    union all select source_id, rev from designation_citation_aud where rev in (select id from recent)
						    union all select source_id, rev from jurisdiction_citation_aud where rev in (select id from recent)
						    union all select id, rev from source_aud where rev in (select id from recent) and revtype = 0) u
						where u.source_id is not null and exists (select 1 from source s where s.id = u.source_id)
						group by u.source_id
						order by max(u.rev) desc
						limit :max""",
				Map.of("u", username, "revisions", RECENT_REVISIONS, "max", max), Long.class);
	}

}
