package org.sanctuarytracker.editing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanctuarytracker.system.Choice;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.Errors;

/**
 * The picker fields of a form (field → the records it chooses among): choosing among
 * thousands of jurisdictions or people is a search, not a list of everything. The field
 * holds the record's slug as today; the form's Find button searches what was typed in it
 * and offers at most {@link #MATCHES} matches as radio buttons, whose choice replaces the
 * typed text at the next submit. All of it works without JavaScript.
 */
final class RecordPickers {

	/** The most matches a search offers. */
	static final int MATCHES = 20;

	/** The most records an empty picker suggests. */
	static final int SUGGESTED = 8;

	private RecordPickers() {
	}

	/**
	 * The field as a request-parameter key for its matches' radio buttons: a nested field
	 * such as {@code terms[0].jurisdiction} would otherwise put brackets inside
	 * {@code picked[…]}.
	 */
	static String keyOf(String field) {
		return field.replaceAll("[^A-Za-z0-9]", "_");
	}

	/** Puts the match the editor chose among a search's results into its field. */
	static void applyChosen(EditForm form, Map<String, RecordChoices> pickers) {
		if (form.getPicked().isEmpty()) {
			return;
		}
		BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form);
		for (String field : pickers.keySet()) {
			String chosen = form.getPicked().get(keyOf(field));
			if (chosen != null && !chosen.isBlank() && fields.isWritableProperty(field)) {
				fields.setPropertyValue(field, chosen.strip());
			}
		}
		form.getPicked().clear();
	}

	/**
	 * What each picker shows: the record its value names and, for the field whose Find
	 * was pressed, the matches. One query per kind of record, plus the one search.
	 */
	static Map<String, RecordPicker> show(EditForm form, Map<String, RecordChoices> pickers) {
		BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<RecordChoices, Map<String, Choice>> named = named(fields, pickers);
		Map<String, RecordPicker> shown = new LinkedHashMap<>();
		pickers.forEach((field, choices) -> {
			String value = valueOf(fields, field);
			List<Choice> matches = null;
			List<Choice> suggested = List.of();
			if (field.equals(form.getFind())) {
				matches = (value != null) ? choices.matching(value, MATCHES, form) : List.of();
			}
			else if (value == null) {
				suggested = choices.suggested(form, SUGGESTED);
			}
			Choice current = (value != null) ? named.get(choices).get(value) : null;
			shown.put(field, new RecordPicker(field, keyOf(field), current, matches, suggested));
		});
		return shown;
	}

	/**
	 * A field error at each picker whose value names no record, unless the form files the
	 * record by the id it was opened on ({@link EditForm#keepsOpenedRecord}).
	 */
	static void rejectUnknown(EditForm form, Map<String, RecordChoices> pickers, Errors errors) {
		BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form);
		Map<RecordChoices, Map<String, Choice>> named = named(fields, pickers);
		pickers.forEach((field, choices) -> {
			String value = valueOf(fields, field);
			if (value != null && !named.get(choices).containsKey(value) && !form.keepsOpenedRecord(field, value)
					&& !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, choices.unknownMessage(), new Object[] { value }, null);
			}
		});
	}

	private static Map<RecordChoices, Map<String, Choice>> named(BeanWrapper fields,
			Map<String, RecordChoices> pickers) {
		Map<RecordChoices, Set<String>> values = new HashMap<>();
		pickers.forEach((field, choices) -> {
			Set<String> wanted = values.computeIfAbsent(choices, (key) -> new LinkedHashSet<>());
			String value = valueOf(fields, field);
			if (value != null) {
				wanted.add(value);
			}
		});
		Map<RecordChoices, Map<String, Choice>> named = new HashMap<>();
		values
			.forEach((choices, wanted) -> named.put(choices, wanted.isEmpty() ? Map.of() : choices.withValues(wanted)));
		return named;
	}

	private static String valueOf(BeanWrapper fields, String field) {
		if (!fields.isReadableProperty(field)) {
			return null;
		}
		Object value = fields.getPropertyValue(field);
		return (value instanceof String text && !text.isBlank()) ? text.strip() : null;
	}

}
