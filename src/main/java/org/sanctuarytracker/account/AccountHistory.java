package org.sanctuarytracker.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's revisions (account_aud, written by Envers like every record's), newest
 * first: who changed what, when and why. Read here rather than through the site's change
 * list, which anyone may read: accounts are the administrators' business alone.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountHistory {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	/**
	 * One revision of an account: its kind (0 created, 1 changed, as Envers numbers them)
	 * and the fields it changed.
	 */
	record Entry(long revision, Instant at, String editor, String summary, int kind, List<Field> fields) {
	}

	/**
	 * A field before and after a revision, as stored: a role's code, true or false, an
	 * instant (null before the account had one).
	 */
	record Field(String name, Object before, Object after) {
	}

	private record Version(long revision, Instant at, String editor, String summary, int kind, String username,
			String displayName, String role, Boolean enabled, Instant passwordChangedAt, Instant unlockedAt) {
	}

	/**
	 * A page of the account's revisions, newest first, reading one more than the page to
	 * tell whether older ones follow, and the one before the page to compare its oldest.
	 */
	@Transactional(readOnly = true)
	List<Entry> page(long accountId, int page) {
		List<Version> versions = this.jdbc.sql("""
				select a.rev, r.revised_at, r.username as editor, r.summary, a.revtype, a.username, a.display_name,
				       a.role, a.enabled, a.password_changed_at, a.unlocked_at
				from account_aud a join revision r on r.id = a.rev
				where a.id = :id order by a.rev desc limit :limit offset :offset""")
			.param("id", accountId)
			.param("limit", PAGE_SIZE + 2)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query(AccountHistory::version)
			.list();
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < Math.min(versions.size(), PAGE_SIZE + 1); i++) {
			Version version = versions.get(i);
			Version before = (i + 1 < versions.size()) ? versions.get(i + 1) : null;
			entries.add(new Entry(version.revision(), version.at(), version.editor(), version.summary(), version.kind(),
					fields(before, version)));
		}
		return entries;
	}

	/** The fields that differ; all of them for the first version. */
	private static List<Field> fields(Version before, Version after) {
		List<Field> fields = new ArrayList<>();
		add(fields, "username", (before != null) ? before.username() : null, after.username());
		add(fields, "displayName", (before != null) ? before.displayName() : null, after.displayName());
		add(fields, "role", (before != null) ? before.role() : null, after.role());
		add(fields, "enabled", (before != null) ? before.enabled() : null, after.enabled());
		add(fields, "passwordChangedAt", (before != null) ? before.passwordChangedAt() : null,
				after.passwordChangedAt());
		add(fields, "unlockedAt", (before != null) ? before.unlockedAt() : null, after.unlockedAt());
		return fields;
	}

	private static void add(List<Field> fields, String name, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			fields.add(new Field(name, before, after));
		}
	}

	private static Version version(ResultSet row, int number) throws SQLException {
		return new Version(row.getLong("rev"), instant(row.getTimestamp("revised_at")), row.getString("editor"),
				row.getString("summary"), row.getInt("revtype"), row.getString("username"),
				row.getString("display_name"), row.getString("role"), (Boolean) row.getObject("enabled"),
				instant(row.getTimestamp("password_changed_at")), instant(row.getTimestamp("unlocked_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
