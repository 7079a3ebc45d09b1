package org.sanctuarytracker.map;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.export.Snapshot;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.map.MapData.Place;
import org.sanctuarytracker.map.MapShapes.Shape;
import org.sanctuarytracker.map.MapView.MapDot;
import org.sanctuarytracker.map.MapView.MapShape;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Draws the maps: the nation by state or by county, and a state with its counties. Each
 * map reads its statuses in one query (and the cities in one more), never one per shape.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MapService {

	private final MapShapes shapes;

	private final MapData data;

	private final Clock clock;

	/** Today's national map and its table, by state or by county. */
	public NationalMap national(MapFilter filter) {
		return national(filter, null);
	}

	/**
	 * The national map and its table, by state or by county, as the record stood at a
	 * snapshot ({@code null}: today). A provision counts as in force on the snapshot's
	 * day, as in the exports of the same moment.
	 */
	public NationalMap national(MapFilter filter, Snapshot when) {
		LocalDate day = day(when);
		List<Place> places = this.data.statesAndCounties(filter.isCounty(), filter.provision(), filter.kind(), when,
				day);
		Map<String, Place> states = new LinkedHashMap<>();
		List<Place> counties = new ArrayList<>();
		for (Place place : places) {
			if (place.geoid().length() == 2) {
				states.put(place.geoid(), place);
			}
			else {
				counties.add(place);
			}
		}
		List<MapShape> drawn = filter.isCounty() ? countyGroups(states, counties, filter)
				: stateShapes(states.values());
		List<MapDot> dots = dots(this.data.cities(null, filter.provision(), filter.kind(), when, day), null);
		MapView view = new MapView(MapShapes.NATIONAL_VIEW_BOX, drawn,
				filter.isCounty() ? this.shapes.stateBorders() : null, dots, legend(drawn), notMatching(drawn),
				filter.isFiltered());
		return new NationalMap(view, table(states.values(), counties, filter));
	}

	/**
	 * A state's own map: its counties, each a link, and its cities, today or as the
	 * record stood at a snapshot ({@code null}: today). Empty when not drawn.
	 */
	public Optional<MapView> state(String stateFips, String stateCode, Snapshot when) {
		if (stateFips == null || stateFips.length() != 2 || !this.shapes.states().containsKey(stateFips)) {
			return Optional.empty();
		}
		List<MapShape> drawn = new ArrayList<>();
		double[] box = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (Place county : this.data.countiesOf(stateFips, when)) {
			Shape shape = this.shapes.countyDetails().get(county.geoid());
			if (shape == null) {
				continue;
			}
			box[0] = Math.min(box[0], shape.x0());
			box[1] = Math.min(box[1], shape.y0());
			box[2] = Math.max(box[2], shape.x1());
			box[3] = Math.max(box[3], shape.y1());
			drawn.add(new MapShape(profile(county.slug()), county.name(), 1, county.status(), true, shape.d()));
		}
		if (drawn.isEmpty()) {
			return Optional.empty();
		}
		double pad = Math.max(box[2] - box[0], box[3] - box[1]) * 0.02;
		double[] frame = { box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad };
		List<MapDot> dots = dots(this.data.cities(stateCode, null, null, when, day(when)), frame);
		String viewBox = String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", frame[0], frame[1], frame[2] - frame[0],
				frame[3] - frame[1]);
		return Optional.of(new MapView(viewBox, drawn, null, dots, legend(drawn), 0, false));
	}

	private LocalDate day(Snapshot when) {
		return (when == null) ? LocalDate.now(this.clock) : when.date();
	}

	private List<MapShape> stateShapes(Iterable<Place> states) {
		List<MapShape> drawn = new ArrayList<>();
		for (Place state : states) {
			Shape shape = this.shapes.states().get(state.geoid());
			if (shape != null) {
				drawn.add(new MapShape(profile(state.slug()), state.name(), 1, state.status(), state.matches(),
						shape.d()));
			}
		}
		return drawn;
	}

	// The counties of a state that share a status (and match the filter alike) are one
	// shape: one link and one name instead of up to 254, so the national county map stays
	// a page a phone loads (3,142 linked, named counties would not fit in 300 KB). A
	// county alone in its group links to its own profile; a group to the filtered list.
	private List<MapShape> countyGroups(Map<String, Place> states, List<Place> counties, MapFilter filter) {
		Map<String, List<Place>> groups = new LinkedHashMap<>();
		for (Place county : counties) {
			if (this.shapes.counties().containsKey(county.geoid())) {
				groups
					.computeIfAbsent(county.geoid().substring(0, 2) + county.status() + county.matches(),
							(k) -> new ArrayList<>())
					.add(county);
			}
		}
		List<MapShape> drawn = new ArrayList<>();
		for (List<Place> group : groups.values()) {
			Place first = group.get(0);
			StringBuilder d = new StringBuilder();
			for (Place county : group) {
				d.append(this.shapes.counties().get(county.geoid()).d());
			}
			if (group.size() == 1) {
				drawn.add(new MapShape(profile(first.slug()), countyName(first), 1, first.status(), first.matches(),
						d.toString()));
			}
			else {
				Place state = states.get(first.geoid().substring(0, 2));
				String name = (state != null) ? state.name() : first.stateCode();
				drawn.add(new MapShape(countyList(first.stateCode(), first.status(), first.matches() ? filter : null),
						name, group.size(), first.status(), first.matches(), d.toString()));
			}
		}
		return drawn;
	}

	private List<MapDot> dots(List<Place> cities, double[] frame) {
		List<MapDot> dots = new ArrayList<>();
		double r = (frame == null) ? 3 : Math.max(frame[2] - frame[0], frame[3] - frame[1]) / 150;
		for (Place city : cities) {
			Optional<double[]> point = AlbersUsa.project(city.longitude(), city.latitude());
			if (point.isEmpty()) {
				continue;
			}
			double[] p = point.get();
			if (frame != null && (p[0] < frame[0] || p[0] > frame[2] || p[1] < frame[1] || p[1] > frame[3])) {
				continue;
			}
			dots.add(new MapDot(profile(city.slug()), city.name() + ", " + city.stateCode(), city.status(),
					city.matches(), String.format(Locale.ROOT, "%.1f", p[0]), String.format(Locale.ROOT, "%.1f", p[1]),
					String.format(Locale.ROOT, "%.2f", r)));
		}
		return dots;
	}

	private MapTable table(Iterable<Place> states, List<Place> counties, MapFilter filter) {
		Map<String, Map<JurisdictionStatus, Integer>> perState = new LinkedHashMap<>();
		for (Place county : counties) {
			if (county.matches()) {
				perState.computeIfAbsent(county.geoid().substring(0, 2), (k) -> zeroes())
					.merge(county.status(), 1, Integer::sum);
			}
		}
		List<MapTable.Row> rows = new ArrayList<>();
		for (Place state : states) {
			rows.add(new MapTable.Row(state.name(), profile(state.slug()), state.stateCode(), state.status(),
					state.matches(), this.shapes.states().containsKey(state.geoid()),
					perState.getOrDefault(state.geoid(), zeroes())));
		}
		return new MapTable(rows, filter.isCounty());
	}

	private static Map<JurisdictionStatus, Integer> legend(List<MapShape> drawn) {
		Map<JurisdictionStatus, Integer> legend = zeroes();
		for (MapShape shape : drawn) {
			if (shape.matches()) {
				legend.merge(shape.status(), shape.count(), Integer::sum);
			}
		}
		return legend;
	}

	private static int notMatching(List<MapShape> drawn) {
		return drawn.stream().filter((s) -> !s.matches()).mapToInt(MapShape::count).sum();
	}

	private static Map<JurisdictionStatus, Integer> zeroes() {
		Map<JurisdictionStatus, Integer> counts = new EnumMap<>(JurisdictionStatus.class);
		for (JurisdictionStatus status : JurisdictionStatus.values()) {
			counts.put(status, 0);
		}
		return counts;
	}

	private static String countyName(Place county) {
		return county.name() + ", " + county.stateCode();
	}

	static String profile(String slug) {
		return "/jurisdictions/" + slug;
	}

	/**
	 * The jurisdiction list of a state's counties with a status (and the map's filter).
	 */
	static String countyList(String stateCode, JurisdictionStatus status, MapFilter filter) {
		UriComponentsBuilder list = UriComponentsBuilder.fromPath("/jurisdictions")
			.queryParam("state", stateCode)
			.queryParam("kind", JurisdictionKind.COUNTY.name())
			.queryParam("status", status.name());
		if (filter != null && filter.provision() != null) {
			list.queryParam("provision", filter.provision().name());
		}
		return list.build().toUriString();
	}

	/** The national map with its text alternative. */
	public record NationalMap(MapView map, MapTable table) {

	}

}
