package org.sanctuarytracker.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.system.PartialDate;

/**
 * What a site search found, section by section, each bounded ({@code more} says a section
 * had more than it shows), and the nearest names when nothing matched.
 */
public record SearchResults(Section<JurisdictionHit> jurisdictions, Section<PersonHit> people,
		Section<StatementHit> statements, Section<PolicyHit> policies, Section<SourceHit> sources,
		List<String> didYouMean) {

	public boolean isEmpty() {
		return this.jurisdictions.hits().isEmpty() && this.people.hits().isEmpty() && this.statements.hits().isEmpty()
				&& this.policies.hits().isEmpty() && this.sources.hits().isEmpty();
	}

	/** The first hits of a section, and whether there were more. */
	public record Section<T>(List<T> hits, boolean more) {

		/**
		 * Reads up to {@code shown + 1} rows: the extra one only says that there are
		 * more.
		 */
		static <T> Section<T> of(List<T> rows, int shown) {
			return new Section<>(List.copyOf(rows.subList(0, Math.min(shown, rows.size()))), rows.size() > shown);
		}

	}

	/**
	 * @param alias the name the reader typed when it is one of the place's other names
	 */
	public record JurisdictionHit(String slug, String name, String kind, @Nullable String stateCode, String status,
			@Nullable String alias) {
	}

	public record PersonHit(long id, String slug, String name, @Nullable String title, @Nullable String place,
			@Nullable String organization) {

		/** Title, place and organisation, those known, as one line. */
		public String details() {
			return java.util.stream.Stream.of(this.title, this.place, this.organization)
				.filter(java.util.Objects::nonNull)
				.collect(java.util.stream.Collectors.joining(", "));
		}

	}

	/**
	 * @param reported the date is the source's: the statement's own is not known
	 */
	public record StatementHit(long id, String personSlug, String personName, @Nullable String speakerTitle,
			String jurisdictionSlug, String jurisdictionName, @Nullable PartialDate saidOn, boolean reported,
			boolean paraphrase, String stance, @Nullable Snippet quote, @Nullable Snippet context) {
	}

	public record PolicyHit(long id, @Nullable Snippet title, @Nullable Snippet summary, String status,
			String jurisdictionSlug, String jurisdictionName) {
	}

	public record SourceHit(long id, @Nullable Snippet title, @Nullable String publisher,
			@Nullable PartialDate publishedOn) {
	}

}
