package org.sanctuarytracker.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Cities land where d3.geoAlbersUsa().scale(1300).translate([487.5, 305]), the projection
 * of us-atlas's outlines, puts them (figures from d3-geo 3).
 */
class AlbersUsaTests {

	@Test
	void shouldProjectTheLower48AlaskaAndHawaiiAsD3Does() {
		assertPoint(-87.629798, 41.878114, 638.2196, 226.1119); // Chicago
		assertPoint(-118.243683, 34.052235, 86.8126, 363.1182); // Los Angeles
		assertPoint(-149.9, 61.2, 112.2875, 544.4218); // Anchorage, in its inset
		assertPoint(-157.85, 21.3, 267.1361, 549.3464); // Honolulu, in its inset
		// The Caribbean inset: d3.geoConicEqualArea().rotate([66, 0]).center([0.1, 18.2])
		// .parallels([8, 18]).scale(1300).translate([937, 594]), as convert.mjs draws it.
		assertPoint(-66.1057, 18.4655, 932.5674, 587.9792); // San Juan
		assertPoint(-64.9307, 18.3419, 957.8856, 590.7340); // Charlotte Amalie
	}

	@Test
	void shouldLeaveOffWhatNoInsetShows() {
		assertThat(AlbersUsa.project(144.75, 13.47)).isEmpty(); // Hagåtña, Guam
		assertThat(AlbersUsa.project(2.35, 48.86)).isEmpty(); // Paris
	}

	@Test
	void shouldPutChicagoInsideCookCountysOutline() {
		MapShapes.Shape cook = new MapShapes().counties().get("17031");
		double[] chicago = AlbersUsa.project(-87.629798, 41.878114).orElseThrow();
		assertThat(chicago[0]).isBetween(cook.x0(), cook.x1());
		assertThat(chicago[1]).isBetween(cook.y0(), cook.y1());
	}

	@Test
	void shouldPutSanJuanInsideItsMunicipiosOutline() {
		MapShapes shapes = new MapShapes();
		double[] sanJuan = AlbersUsa.project(-66.1057, 18.4655).orElseThrow();
		for (MapShapes.Shape shape : new MapShapes.Shape[] { shapes.states().get("72"), shapes.counties().get("72127"),
				shapes.countyDetails().get("72127") }) {
			assertThat(sanJuan[0]).as(shape.geoid()).isBetween(shape.x0(), shape.x1());
			assertThat(sanJuan[1]).as(shape.geoid()).isBetween(shape.y0(), shape.y1());
		}
	}

	private static void assertPoint(double longitude, double latitude, double x, double y) {
		double[] p = AlbersUsa.project(longitude, latitude).orElseThrow();
		assertThat(p[0]).isCloseTo(x, within(0.01));
		assertThat(p[1]).isCloseTo(y, within(0.01));
	}

}
