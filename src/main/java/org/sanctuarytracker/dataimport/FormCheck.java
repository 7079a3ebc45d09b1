package org.sanctuarytracker.dataimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.editing.EditForm;
import org.sanctuarytracker.system.BaseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Checks a row by the rules of its record's page form: the row's values are put in the
 * form, which is validated by the page's own validator and rules
 * ({@link EditForm#checkRules}) under the page's name for it, so its errors are the
 * page's words; a rule changed on the form changes for the import too. Each error is said
 * against the file's column its field comes from. A column the row already refused (a
 * code or a number it could not read, a record it could not find) is not refused again
 * for the empty value that left in the form.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FormCheck {

	/** The name every page binds its form under, which the messages' codes carry. */
	private static final String FORM = "form";

	/** The import's summary is the whole file's, asked once on the import's own form. */
	private static final String SUMMARY = "editSummary";

	private final SmartValidator validator;

	/**
	 * Refuses the row for each of the form's errors.
	 * @param columns form field → the file's column, where the column's name is not the
	 * field's in snake case (statusRationale → status_rationale); {@code a|b} for a field
	 * either column gives (person_id|person_slug), said against the first
	 */
	void check(Row row, EditForm form, Map<String, String> columns) {
		check(row, form, columns, false);
	}

	/**
	 * Refuses the row for the form's errors in the fields named only: the row is a part
	 * of the form (a term is one row of its person's form).
	 */
	void checkPart(Row row, EditForm form, Map<String, String> columns) {
		check(row, form, columns, true);
	}

	private void check(Row row, EditForm form, Map<String, String> columns, boolean namedOnly) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, FORM);
		this.validator.validate(form, errors);
		form.checkRules(errors);
		Set<String> refused = new HashSet<>();
		row.problems().forEach((problem) -> refused.add(problem.column()));
		for (FieldError error : errors.getFieldErrors()) {
			if (error.getField().equals(SUMMARY) || (namedOnly && !columns.containsKey(error.getField()))) {
				continue;
			}
			String[] alternatives = columns.getOrDefault(error.getField(), snakeCase(error.getField())).split("\\|");
			if (Arrays.stream(alternatives).noneMatch(refused::contains)) {
				row.reject(new RowProblem(alternatives[0], error));
			}
		}
		if (!namedOnly) {
			errors.getGlobalErrors().forEach((error) -> row.reject(new RowProblem(null, error)));
		}
	}

	/** The ids of records, as a form holds its choices. */
	static List<Long> ids(Collection<? extends BaseEntity> records) {
		return records.stream().map(BaseEntity::getId).collect(Collectors.toCollection(ArrayList::new));
	}

	static String snakeCase(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

}
