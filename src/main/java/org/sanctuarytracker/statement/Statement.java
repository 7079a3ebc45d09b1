package org.sanctuarytracker.statement;

import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.person.Person;
import org.sanctuarytracker.source.Cited;
import org.sanctuarytracker.source.Source;
import org.sanctuarytracker.system.BaseEntity;
import org.sanctuarytracker.system.PartialDate;

/**
 * What someone said in public, verbatim, with the title they held at the time and exactly
 * one source.
 */
@Entity
@Audited
@Table(name = "statement")
public class Statement extends BaseEntity implements Cited {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	private Person person;

	@Column(name = "speaker_title")
	private String speakerTitle;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "jurisdiction_id", nullable = false)
	private Jurisdiction jurisdiction;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "stated_on", nullable = false)),
			@AttributeOverride(name = "precision", column = @Column(name = "stated_on_precision", nullable = false)) })
	private PartialDate statedOn;

	@Column(nullable = false)
	private String quote;

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
		this.person = person;
		this.jurisdiction = jurisdiction;
		this.statedOn = statedOn;
		this.quote = quote;
		this.stance = stance;
		this.source = source;
	}

	/** Replaces what an editor may change; the title, context and stance have setters. */
	public void edit(Person person, Jurisdiction jurisdiction, PartialDate statedOn, String quote, Stance stance,
			Source source) {
		this.person = person;
		this.jurisdiction = jurisdiction;
		this.statedOn = statedOn;
		this.quote = quote;
		this.stance = stance;
		this.source = source;
	}

	public Person getPerson() {
		return this.person;
	}

	public String getSpeakerTitle() {
		return this.speakerTitle;
	}

	public void setSpeakerTitle(String speakerTitle) {
		this.speakerTitle = speakerTitle;
	}

	public Jurisdiction getJurisdiction() {
		return this.jurisdiction;
	}

	public PartialDate getStatedOn() {
		return this.statedOn;
	}

	public String getQuote() {
		return this.quote;
	}

	public String getContext() {
		return this.context;
	}

	public void setContext(String context) {
		this.context = context;
	}

	public Stance getStance() {
		return this.stance;
	}

	public Source getSource() {
		return this.source;
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
