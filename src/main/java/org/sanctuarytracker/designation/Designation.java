package org.sanctuarytracker.designation;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.sanctuarytracker.jurisdiction.CitedFact;
import org.sanctuarytracker.jurisdiction.Jurisdiction;
import org.sanctuarytracker.system.PartialDate;

/**
 * A federal list that named the jurisdiction, such as the DOJ sanctuary jurisdiction
 * list, and whether the jurisdiction disputes it.
 */
@Entity
@Audited
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "designation_citation", joinColumns = @JoinColumn(name = "designation_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
@Table(name = "designation")
@Getter
public class Designation extends CitedFact {

	@Column(name = "list_name", nullable = false)
	private String listName;

	@Embedded
	private PartialDate listedOn;

	@Embedded
	@Setter
	private @Nullable PartialDate removedOn;

	@Column(nullable = false)
	private boolean disputed;

	@Column(name = "dispute_note")
	private @Nullable String disputeNote;

	protected Designation() {
	}

	public Designation(Jurisdiction jurisdiction, String listName, PartialDate listedOn) {
		super(jurisdiction);
		this.listName = listName;
		this.listedOn = listedOn;
	}

	public void edit(Jurisdiction jurisdiction, String listName, PartialDate listedOn, @Nullable PartialDate removedOn,
			boolean disputed, @Nullable String disputeNote) {
		fileUnder(jurisdiction);
		this.listName = listName;
		this.listedOn = listedOn;
		this.removedOn = removedOn;
		this.disputed = disputed;
		this.disputeNote = disputeNote;
	}

	public void dispute(@Nullable String note) {
		this.disputed = true;
		this.disputeNote = note;
	}

	@Override
	public String label() {
		return this.listName;
	}

}
