package org.sanctuarytracker.statement;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.jurisdiction.JurisdictionFact;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.source.Cited;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.PartialDate;

/**
 * What someone said in public, verbatim (a quote) or as the source reports it (a
 * paraphrase), with the title they held at the time and exactly one source. When the
 * source does not say when it was said, the date is empty and the source's date stands.
 */
@Entity
@Audited
@Table(name = "statement")
@Getter
public class Statement extends BaseEntity implements Cited, JurisdictionFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	private Person person;

	@Column(name = "speaker_title")
	@Setter
	private String speakerTitle;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "jurisdiction_id", nullable = false)
	private Jurisdiction jurisdiction;

	@Embedded
	private PartialDate statedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StatementKind kind = StatementKind.QUOTE;

	@Column(nullable = false)
	private String quote;

	@Column(name = "reported_by")
	@Setter
	private String reportedBy;

	@Setter
	private String context;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stance stance;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id", nullable = false)
	private Source source;

	protected Statement() {
	}

	public Statement(Person person, Jurisdiction jurisdiction, PartialDate statedOn, String quote, Stance stance,
			Source source) {
		assign(person, jurisdiction, statedOn, quote, stance, source);
	}

	/**
	 * Replaces what an editor may change; the title, kind, context and outlet have
	 * setters.
	 */
	public void edit(Person person, Jurisdiction jurisdiction, PartialDate statedOn, String quote, Stance stance,
			Source source) {
		assign(person, jurisdiction, statedOn, quote, stance, source);
	}

	// Private, so the constructor calls no method a proxy could override.
	private void assign(Person person, Jurisdiction jurisdiction, PartialDate statedOn, String quote, Stance stance,
			Source source) {
		this.person = person;
		this.jurisdiction = jurisdiction;
		this.statedOn = statedOn;
		this.quote = quote;
		this.stance = stance;
		this.source = source;
	}

	public void setKind(StatementKind kind) {
		this.kind = (kind != null) ? kind : StatementKind.QUOTE;
	}

	public boolean isParaphrase() {
		return this.kind == StatementKind.PARAPHRASE;
	}

	@Override
	public List<Source> getSources() {
		return List.of(this.source);
	}

	@Override
	public String label() {
		return this.quote;
	}

}
