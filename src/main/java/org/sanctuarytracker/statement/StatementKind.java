package org.sanctuarytracker.statement;

/**
 * What a statement's words are: the speaker's own (QUOTE, shown in quotation marks) or
 * the source's account of a position (PARAPHRASE: "Adams has denounced…", never shown as
 * the speaker's words).
 */
public enum StatementKind {

	QUOTE, PARAPHRASE

}
