package org.sanctuarytracker.search;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.NearestRecords;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jurisdictions and people nearest a slug that names none, for the 404 page: the
 * slug's words compared with names as the search compares them ({@link NameMatches}),
 * then ranked by how close each record's own slug is ({@code /jurisdictions/chicago}
 * offers {@code chicago-il}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NearestSlugs implements NearestRecords {

	static final int SHOWN = 5;

	/** Looser than a search's match: a mistyped slug is often a word short or long. */
	static final double THRESHOLD = 0.4;

	private static final String JURISDICTIONS = """
			select j.slug, j.name, j.state_code from (
			    select j.slug, j.name, j.state_code, j.population, j.search_key from jurisdiction j
			    where search_name(:words) <% j.search_key limit :candidates) j
			order by greatest(similarity(j.slug, :slug), word_similarity(search_name(:words), j.search_key)) desc,
			         j.population desc nulls last, j.slug
			limit :limit""";

	private static final String PEOPLE = """
			select p.slug, p.name from (
			    select p.slug, p.name, p.search_key from person p where search_name(:words) <% p.search_key
			    limit :candidates) p
			order by greatest(similarity(p.slug, :slug), word_similarity(search_name(:words), p.search_key)) desc,
			         p.slug
			limit :limit""";

	private final NameMatches names;

	private final NamedParameterJdbcTemplate jdbc;

	@Override
	public List<Suggestion> nearest(String what, String slug) {
		if (!slug.matches("[a-z0-9-]{3,100}") || !slug.matches(".*[a-z].*")) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("slug", slug).addValue("words", slug.replace('-', ' '))
			.addValue("limit", SHOWN)
			.addValue("candidates", NameMatches.CANDIDATES);
		return switch (what) {
			case "jurisdiction" -> {
				this.names.useThreshold(THRESHOLD);
				yield this.jdbc
					.query(JURISDICTIONS, params, (rs, i) -> new Suggestion("/jurisdictions/" + rs.getString(1),
							(rs.getString(3) != null) ? rs.getString(2) + ", " + rs.getString(3) : rs.getString(2)));
			}
			case "person" -> {
				this.names.useThreshold(THRESHOLD);
				yield this.jdbc.query(PEOPLE, params,
						(rs, i) -> new Suggestion("/people/" + rs.getString(1), rs.getString(2)));
			}
			default -> List.of();
		};
	}

}
