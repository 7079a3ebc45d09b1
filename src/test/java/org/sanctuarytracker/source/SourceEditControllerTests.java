package org.sanctuarytracker.source;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.editing.RecordEditing;
import org.sanctuarytracker.editing.StaleEditException;
import org.sanctuarytracker.export.PastPages;
import org.sanctuarytracker.history.HistoryService;
import org.sanctuarytracker.support.PageSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The shared edit flow ({@code editing/RecordEditor}) as one controller serves it, in an
 * MVC slice with no database: the source's service and the history are mocked. A form
 * that breaks a rule comes back with the field's error and nothing is saved; a save the
 * service refuses as stale, whose change collides with what was saved meanwhile, answers
 * 409 with both values and the editor's input kept.
 */
@PageSlice(SourceEditController.class)
@Import(RecordEditing.class)
class SourceEditControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SourceService sources;

	@MockitoBean
	HistoryService history;

	@MockitoBean
	PastPages past;

	@Test
	void shouldReRenderTheFormWithTheFieldsErrorAndSaveNothingWhenARuleIsBroken() {
		given(this.sources.get(7)).willReturn(source(7, 3, "Council minutes"));

		MvcTestResult result = this.mvc.post()
			.uri("/sources/7/edit")
			.with(csrf())
			.param("recordId", "7")
			.param("version", "3")
			.param("title", "")
			.param("url", "not an address")
			.param("editSummary", "Fixed the link")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("sources/form");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("title", "url");
		assertThat(result).bodyText().contains("value=\"not an address\"");
		verify(this.sources, never()).update(anyLong(), any());
	}

	@Test
	void shouldAnswerConflictWithBothValuesWhenAStaleSaveCollidesWithAnotherEditorsChange() {
		// The editor opened version 3; another editor has since saved version 4 with
		// another title. The history cannot say what version 3 held, so every field
		// both sides changed is the editor's to settle.
		given(this.sources.get(7)).willReturn(source(7, 4, "Minutes of the council, 3 March"));
		given(this.sources.update(eq(7L), any())).willThrow(new StaleEditException("source", 7L));
		given(this.history.atVersion(any(), anyLong(), anyLong(), any())).willReturn(Optional.empty());

		MvcTestResult result = this.mvc.post()
			.uri("/sources/7/edit")
			.with(csrf())
			.param("recordId", "7")
			.param("version", "3")
			.param("title", "Council minutes, March 3")
			.param("editSummary", "Dated the minutes")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT).hasViewName("sources/form");
		assertThat(result).model().containsKey("conflicts");
		assertThat(result).bodyText().contains("Council minutes, March 3").contains("Minutes of the council, 3 March");
	}

	private static Source source(long id, long version, String title) {
		Source source = new Source(title);
		ReflectionTestUtils.setField(source, "id", id);
		ReflectionTestUtils.setField(source, "version", version);
		return source;
	}

}
