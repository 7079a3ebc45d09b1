package org.sanctuarytracker.map;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctuarytracker.export.PastPages;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.support.PageSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The map page as a controller slice: MVC, the app's binding and error pages, Thymeleaf,
 * no database, with {@link MapService} and {@link PastPages} mocked. It checks what the
 * controller does with the request (the filter it binds, the 400 for a level that is not
 * one) and that the page renders the map the service returned.
 */
@PageSlice(MapController.class)
class MapControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	MapService maps;

	@MockitoBean
	PastPages past;

	@Test
	void shouldAnswerBadRequestForALevelThatIsNeitherStatesNorCounties() {
		MvcTestResult result = this.mvc.get().uri("/map?level=country").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasViewName("error/400")
			.bodyText()
			.contains("The request could not be understood")
			.contains("level: must be state or county (given: “country”)");
		verifyNoInteractions(this.maps, this.past);
	}

	@Test
	void shouldAnswerBadRequestForAnAsOfThatIsNoMoment() {
		MvcTestResult result = this.mvc.get().uri("/map?as_of=2024-02-30").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("error/400");
		verifyNoInteractions(this.maps, this.past);
	}

	@Test
	void shouldRenderTheMapTheServiceReturned() {
		MapView view = new MapView("0 0 975 610",
				List.of(new MapView.MapShape("/jurisdictions/illinois", "Illinois", 1, JurisdictionStatus.SANCTUARY,
						true, "M0 0L10 10Z")),
				null, List.of(new MapView.MapDot("/jurisdictions/chicago", "Chicago, IL", JurisdictionStatus.SANCTUARY,
						true, "5", "6", "3")),
				Map.of(JurisdictionStatus.SANCTUARY, 1), 0, false);
		MapTable table = new MapTable(List.of(new MapTable.Row("Illinois", "/jurisdictions/illinois", "IL",
				JurisdictionStatus.SANCTUARY, true, true, Map.of())), false);
		given(this.maps.national(any(MapFilter.class), isNull())).willReturn(new MapService.NationalMap(view, table));

		MvcTestResult result = this.mvc.get().uri("/map").exchange();

		assertThat(result).hasStatusOk()
			.hasViewName("map/index")
			.model()
			.containsEntry("national", new MapService.NationalMap(view, table))
			.containsKeys("provisions", "kinds");
		assertThat(result).bodyText()
			.contains("<a href=\"/jurisdictions/illinois\"><title>Illinois: Sanctuary</title>")
			.contains("<title>Chicago, IL: Sanctuary</title><circle class=\"map-dot status-SANCTUARY\"")
			.contains("viewBox=\"0 0 975 610\"");
		// No as_of: today's map, no snapshot asked for.
		verify(this.maps).national(new MapFilter("state", null, null), null);
		verifyNoInteractions(this.past);
	}

	@Test
	void shouldBindTheLevelWhateverItsCase() {
		given(this.maps.national(any(MapFilter.class), isNull())).willReturn(new MapService.NationalMap(
				new MapView("0 0 1 1", List.of(), null, List.of(), Map.of(), 0, false), new MapTable(List.of(), true)));

		assertThat(this.mvc.get().uri("/map?level=County").exchange()).hasStatusOk();

		verify(this.maps).national(new MapFilter("county", null, null), null);
	}

}
