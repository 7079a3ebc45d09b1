package org.sanctuarytracker.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.BoundedCount;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statement search in SQL: PostgreSQL full-text search ({@code websearch_to_tsquery}
 * against the GIN-indexed {@code search_vector}) with the filters, returning one page of
 * ids and the number of matches.
 * <p>
 * Over a million statements a common word matches hundreds of thousands; counting them
 * all or ranking them all before showing twenty took seconds. So the count stops at
 * {@link BoundedCount#LIMIT} (the page then says "more than"), and relevance ranks the
 * newest {@link #RANKED} matches: the first pages show those by relevance, the pages
 * after them the older matches newest first. Both walk the {@code (said_on, id)} index.
 * <p>
 * The words also find what the people they name said ({@code ?q=Garcetti},
 * {@code ?q=de blasio}): the service looks those speakers up first (a few ids, from the
 * name index), and a statement matches by its text or by its speaker; the speaker's own
 * statements rank first. Words that name no one (most words) leave the query exactly as
 * it was without speakers.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatementSearch {

	/** How many of the newest matches a word search ranks by relevance. */
	static final int RANKED = 1_000;

	/**
	 * How many of the newest statements a search of several words walks before it leaves
	 * the plan to PostgreSQL: enough for words in 1 in 30 statements.
	 */
	static final int WALK = 30_000;

	private static final String TSQUERY = "websearch_to_tsquery('english', :q)";

	/**
	 * When a statement stands: the date said or, when the source does not say, the
	 * source's date, each with its precision (kept by triggers, V35).
	 */
	static final String SAID_ON = "coalesce(s.stated_on, (select published_on from source where id = s.source_id))";

	static final String SAID_ON_PRECISION = "coalesce(s.stated_on_precision, (select published_on_precision from source where id = s.source_id))";

	private static final String NEWEST_FIRST = " order by s.said_on desc nulls last, s.id desc";

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * @param total the number of matches, counted up to a bound ({@link BoundedCount})
	 */
	record Result(List<Long> ids, long total) {
	}

	Result find(StatementFilter filter, List<Long> speakers) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		boolean bySpeaker = filter.q() != null && !speakers.isEmpty();
		Matches matches = bySpeaker ? new Matches(filter, speakers, params) : null;
		String where = bySpeaker ? "" : where(filter, params);
		// "from" reads the matches: the table, or the union of the two kinds of match,
		// each read as far as the query needs (the parameter named).
		Function<String, String> from = (reach) -> bySpeaker ? matches.from(reach) : "statement s " + where;
		params.addValue("countReach", BoundedCount.LIMIT + 1);
		long total = this.jdbc.queryForObject(BoundedCount.sql("select 1 from " + from.apply("countReach")), params,
				Long.class);
		int size = filter.pageSize();
		long offset = (long) (filter.pageNumber() - 1) * size;
		params.addValue("limit", size);
		params.addValue("offset", offset);
		params.addValue("pageReach", offset + size);
		// The ranked pages hold a whole number of pages, so no page mixes the two orders;
		// the date-ordered pages after them skip exactly the ranked matches.
		long rankedWindow = (RANKED / size) * (long) size;
		String sql;
		if (filter.q() != null && offset + size <= rankedWindow) {
			params.addValue("window", rankedWindow);
			String rank = "ts_rank(s.search_vector, " + TSQUERY + ")"
					+ (bySpeaker ? " + (case when s.person_id in (:speakers) then 1 else 0 end)" : "");
			List<Long> newest = (!bySpeaker && BoundedCount.isLowerBound(total) && manyWords(params))
					? newestAmongLatest(filter, params) : List.of();
			String window;
			if (newest.size() == rankedWindow) {
				params.addValue("newest", newest);
				window = "select s.id, s.said_on, s.search_vector, s.person_id from statement s where s.id in (:newest)";
			}
			else {
				window = "select s.id, s.said_on, s.search_vector, s.person_id from " + from.apply("window")
						+ NEWEST_FIRST + " limit :window";
			}
			sql = "select id from (" + window + ") s order by " + rank
					+ " desc, s.said_on desc nulls last, s.id desc limit :limit offset :offset";
		}
		else {
			sql = "select s.id from " + from.apply("pageReach") + NEWEST_FIRST + " limit :limit offset :offset";
		}
		return new Result(this.jdbc.queryForList(sql, params, Long.class), total);
	}

	/**
	 * The ids of the newest {@code max} matches, newest first whatever their relevance:
	 * what a feed of the search carries. Nothing is counted or ranked, and the read stops
	 * at {@code max}, as the pages' reads do.
	 */
	List<Long> newest(StatementFilter filter, List<Long> speakers, int max) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		params.addValue("newest", max);
		String from = (filter.q() != null && !speakers.isEmpty()) ? new Matches(filter, speakers, params).from("newest")
				: "statement s " + where(filter, params);
		return this.jdbc.queryForList("select s.id from " + from + NEWEST_FIRST + " limit :newest", params, Long.class);
	}

	/**
	 * Whether the words make more than one term (a phrase, several words). PostgreSQL
	 * estimates their matches as if the words were independent; the words of a phrase are
	 * not ("mass deportation": 5,861 estimated, 40,116 found), so it collects every match
	 * to sort them (260 ms) where walking the date index newest first reaches the newest
	 * thousand in 25,000 rows (27 ms). Its estimate of one word is close, and its plan
	 * then right: a word in 0.6 % of statements is found faster by its index (90 ms) than
	 * by the walk (310 ms).
	 */
	private boolean manyWords(MapSqlParameterSource params) {
		return Boolean.TRUE
			.equals(this.jdbc.queryForObject("select numnode(" + TSQUERY + ") > 1", params, Boolean.class));
	}

	/**
	 * The ids of the newest {@code window} matches if they are among the newest
	 * {@link #WALK} statements (with the other filters), read by walking the date index;
	 * fewer when the words are too rare for that, and the caller then leaves the plan to
	 * PostgreSQL.
	 */
	private List<Long> newestAmongLatest(StatementFilter filter, MapSqlParameterSource params) {
		params.addValue("walk", WALK);
		String latest = "select s.id, s.said_on, s.search_vector from statement s "
				+ where(filter.withoutWords(), params) + NEWEST_FIRST + " limit :walk";
		return this.jdbc.queryForList("select s.id from (" + latest + ") s where s.search_vector @@ " + TSQUERY
				+ NEWEST_FIRST + " limit :window", params, Long.class);
	}

	/**
	 * The statements that match by their words or by their speaker, as the union of two
	 * reads that each walk an index newest first and stop early: the words' matches (the
	 * {@code said_on} index, as without speakers) and the speakers' statements (the
	 * {@code (person_id, said_on)} index). One condition "words or speaker" made the
	 * planner collect and sort every match of both, 0.4 s for a common phrase.
	 */
	private static final class Matches {

		private final String byWords;

		private final String bySpeaker;

		Matches(StatementFilter filter, List<Long> speakers, MapSqlParameterSource params) {
			String others = where(filter.withoutWords(), params);
			String select = "select s.id, s.said_on from statement s "
					+ (others.isEmpty() ? "where " : others + " and ");
			params.addValue("q", filter.q());
			params.addValue("speakers", speakers);
			this.byWords = select + "s.search_vector @@ " + TSQUERY;
			this.bySpeaker = select + "s.person_id in (:speakers)";
		}

		String from(String reach) {
			return "(select m.id from ((" + this.byWords + NEWEST_FIRST + " limit :" + reach + ") union ("
					+ this.bySpeaker + NEWEST_FIRST + " limit :" + reach + ")) m) m join statement s on s.id = m.id ";
		}

	}

	private static String where(StatementFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		if (filter.q() != null) {
			conditions.add("s.search_vector @@ " + TSQUERY);
			params.addValue("q", filter.q());
		}
		if (filter.stance() != null) {
			conditions.add("s.stance = :stance");
			params.addValue("stance", filter.stance().name());
		}
		if (filter.jurisdiction() != null) {
			conditions.add("s.jurisdiction_id = (select id from jurisdiction where slug = :jurisdiction)");
			params.addValue("jurisdiction", filter.jurisdiction());
		}
		if (filter.person() != null) {
			conditions.add("s.person_id = (select id from person where slug = :person)");
			params.addValue("person", filter.person());
		}
		// A statement dated only to its month or year matches any range that touches that
		// period. The plain bound a year earlier lets the index narrow the rows first.
		if (filter.from() != null) {
			conditions.add("s.said_on > :fromLessAYear");
			conditions.add("(case s.said_on_precision when 'YEAR' then s.said_on + interval '1 year'"
					+ " when 'MONTH' then s.said_on + interval '1 month' else s.said_on + 1 end) > :from");
			params.addValue("from", filter.from());
			params.addValue("fromLessAYear", filter.from().minusYears(1).minusDays(1));
		}
		if (filter.to() != null) {
			conditions.add("s.said_on <= :to");
			params.addValue("to", filter.to());
		}
		return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
	}

}
