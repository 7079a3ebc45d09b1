package org.sanctuarytracker.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The outlines of the states and counties in the Albers USA frame (975 x 610), read once
 * at start-up from reference/census-shapes.tsv (made by tools/census/convert.mjs from
 * us-atlas). Each outline is SVG path data that starts with an absolute move, so several
 * can be drawn as one path.
 */
@Component
class MapShapes {

	static final String RESOURCE = "reference/census-shapes.tsv";

	/** The frame us-atlas projects into. */
	static final String NATIONAL_VIEW_BOX = "0 0 975 610";

	private final Map<String, Shape> states = new LinkedHashMap<>();

	private final Map<String, Shape> counties = new LinkedHashMap<>();

	private final Map<String, Shape> countyDetails = new LinkedHashMap<>();

	private String stateBorders = "";

	MapShapes() {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE + " (made by tools/census/convert.mjs)");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			lines.readLine();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] f = line.split("\t", -1);
				if (f[0].equals("borders")) {
					this.stateBorders = f[6];
					continue;
				}
				Shape shape = new Shape(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
						Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6]);
				switch (f[0]) {
					case "state" -> this.states.put(shape.geoid(), shape);
					case "county" -> this.counties.put(shape.geoid(), shape);
					case "county-detail" -> this.countyDetails.put(shape.geoid(), shape);
					default -> throw new IllegalStateException("unknown level in " + RESOURCE + ": " + f[0]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Map<String, Shape> states() {
		return Collections.unmodifiableMap(this.states);
	}

	Map<String, Shape> counties() {
		return Collections.unmodifiableMap(this.counties);
	}

	/** The finer outlines a state's own map draws. */
	Map<String, Shape> countyDetails() {
		return Collections.unmodifiableMap(this.countyDetails);
	}

	/** The borders between states, one path, drawn over the county map. */
	String stateBorders() {
		return this.stateBorders;
	}

	/**
	 * One outline: its GEOID, its bounding box in the frame and its path data.
	 */
	record Shape(String geoid, double x0, double y0, double x1, double y1, String d) {

		String stateFips() {
			return this.geoid.substring(0, 2);
		}

	}

}
