package org.sanctuarytracker.system;

import java.util.HashMap;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.jurisdiction.JurisdictionForm;
import org.sanctuarytracker.person.PersonForm;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slugs made from names, and the words the site's addresses use beside a slug, which no
 * record may take: one rule, which the jurisdiction and person forms both apply.
 */
class SlugsTests {

	@Test
	void shouldMakeASlugFromANameWhenNoneIsTyped() {
		assertThat(Slugs.orFromName(null, "Carlos Ramírez-Rosa")).isEqualTo("carlos-ramirez-rosa");
		assertThat(Slugs.orFromName("chuy", "Jesús García")).isEqualTo("chuy");
	}

	@Test
	void shouldRejectAReservedSlugTypedOrMadeFromTheName() {
		assertThat(reserved("new", "Somewhere")).isTrue();
		assertThat(reserved(null, "Edit")).isTrue();
		assertThat(reserved(null, "Edith")).isFalse();
		assertThat(reserved("history-town", "History")).isFalse();
	}

	@Test
	void shouldRefuseAJurisdictionOrAPersonNamedAsAnAddressWord() {
		JurisdictionForm place = new JurisdictionForm();
		place.setName("Changes");
		Errors placeErrors = new BeanPropertyBindingResult(place, "form");
		place.checkRules(placeErrors);
		assertThat(placeErrors.getFieldError("slug")).isNotNull();

		PersonForm person = new PersonForm();
		person.setName("Delete");
		Errors personErrors = new BeanPropertyBindingResult(person, "form");
		person.checkRules(personErrors);
		assertThat(personErrors.getFieldError("slug").getCode()).isEqualTo("slug.reserved");
	}

	private static boolean reserved(String slug, String name) {
		Errors errors = new MapBindingResult(new HashMap<>(), "form");
		Slugs.rejectReserved(errors, slug, name);
		return errors.hasFieldErrors("slug");
	}

}
