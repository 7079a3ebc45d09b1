package org.sanctuarytracker.export;

/**
 * Instants as exports write them ({@link java.time.Instant#toString()}: ISO 8601 in UTC,
 * the fraction of a second in groups of three digits and only when there is one), made
 * from PostgreSQL's text for a {@code timestamptz} in a UTC session
 * ({@code 2024-11-01 14:03:07.25+00}) by moving characters. Parsing that text into an
 * OffsetDateTime and formatting it again was a tenth of a million-row export's time.
 */
final class IsoInstants {

	private static final int SECONDS_END = "2024-11-01 14:03:07".length();

	private IsoInstants() {
	}

	/**
	 * @return the instant as ISO 8601, or null when the text is not in that form (another
	 * session time zone, a year past 9999 or before 1 AD, infinity): the caller then
	 * reads it as a date-time
	 */
	static String fromUtcText(String text) {
		int length = text.length();
		if (length < SECONDS_END + 3 || !text.endsWith("+00") || text.charAt(10) != ' ' || text.charAt(4) != '-') {
			return null;
		}
		int fractionEnd = length - 3;
		StringBuilder iso = new StringBuilder(SECONDS_END + 8);
		iso.append(text, 0, 10).append('T').append(text, 11, SECONDS_END);
		if (fractionEnd > SECONDS_END) {
			if (text.charAt(SECONDS_END) != '.') {
				return null;
			}
			int digits = fractionEnd - SECONDS_END - 1;
			if (digits < 1 || digits > 6) {
				return null;
			}
			iso.append(text, SECONDS_END, fractionEnd);
			for (int i = digits; i < ((digits <= 3) ? 3 : 6); i++) {
				iso.append('0');
			}
		}
		return iso.append('Z').toString();
	}

}
